import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, editCardText, readBoard, type CreateEventReply } from '@rembuk/shared';
import { openControl, type ControlSocket } from '../support/controlClient.js';
import { connectBoard, joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createAccessKey, createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

const PSEUDONYMS = ['Melati', 'Anggrek'] as const;
/** The only shape awareness may have once the server has passed it on (docs/protocol.md, Awareness). */
const ALLOWED_KEYS = ['editing'];
const ALLOWED_EDITING_KEYS = ['cardId', 'field'];

describe('authorship across channels', () => {
  let server: TestServer;
  let reply: CreateEventReply;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  it('gives a facilitator no way to map a card’s Yjs client id to a pseudonym, through awareness or presence', async () => {
    const { event } = reply;
    const groupId = event.groups[0]!.id;
    const { secret: key } = await createAccessKey(server.url, reply, { role: 'facilitator', groupIds: [groupId] });

    // The facilitator's client: a board provider and a control socket, recording everything they receive.
    const facilitator = connectBoard(server.yjsUrl, event.id, groupId, key);
    const awarenessSeen: unknown[] = [];
    facilitator.provider.awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }) => {
      for (const id of [...added, ...updated]) awarenessSeen.push(facilitator.provider.awareness.getStates().get(id));
    });
    const control = await openControl(server.url, { token: key, eventId: event.id });
    const controlSeen: unknown[] = [];
    control.onAny((name: string, payload: unknown) => controlSeen.push({ name, payload }));
    await facilitator.synced;

    // Two participants with pseudonyms, each writing two cards and saying what it edits, as a careless client would
    // (a name and a colour of its own in awareness, its pseudonym on both channels).
    const writers: BoardClient[] = [];
    const sockets: ControlSocket[] = [control];
    for (const pseudonym of PSEUDONYMS) {
      const writer = await joinBoard(server, event, groupId, pseudonym);
      sockets.push(await openControl(server.url, { token: writer.ticket, eventId: event.id, groupId, pseudonym }));
      await writer.synced;
      for (let i = 0; i < 2; i++) {
        const cardId = addCard(writer.doc, { kind: 'challenge', text: `${pseudonym} kartu ${i}` });
        writer.provider.awareness.setLocalState({ user: { name: pseudonym, color: '#e11d48' }, name: pseudonym, editing: { cardId, field: 'text' } });
        editCardText(writer.doc, cardId, 0, 0, '• ');
      }
      writers.push(writer);
    }
    await eventually(() => expect(readBoard(facilitator.doc).challenges).toHaveLength(4));
    await eventually(() => {
      for (const writer of writers) expect(facilitator.provider.awareness.getStates().get(writer.doc.clientID)).toBeDefined();
    });
    await eventually(() => expect(JSON.stringify(controlSeen)).toContain('Anggrek'));

    // Every card's items carry their author's client id; that is what an attacker would try to resolve.
    const authorIds = writers.map((writer) => writer.doc.clientID);
    for (const id of authorIds) expect(facilitator.doc.store.clients.has(id)).toBe(true);

    expect(awarenessSeen.length).toBeGreaterThan(0);
    for (const state of awarenessSeen) {
      const text = JSON.stringify(state);
      for (const pseudonym of PSEUDONYMS) expect(text).not.toContain(pseudonym);
      if (state === undefined || state === null) continue;
      expect(ALLOWED_KEYS).toEqual(expect.arrayContaining(Object.keys(state)));
      const editing = (state as { editing?: object }).editing;
      if (editing !== undefined) expect(ALLOWED_EDITING_KEYS).toEqual(expect.arrayContaining(Object.keys(editing)));
    }

    // Presence names do reach the facilitator, but with nothing that awareness or the document also carries.
    const controlText = JSON.stringify(controlSeen);
    for (const id of authorIds) expect(controlText).not.toMatch(new RegExp(`(^|\\D)${id}(\\D|$)`));
    expect(controlText).not.toMatch(/client/i);

    for (const writer of writers) writer.destroy();
    for (const socket of sockets) socket.disconnect();
    facilitator.destroy();
  });
});
