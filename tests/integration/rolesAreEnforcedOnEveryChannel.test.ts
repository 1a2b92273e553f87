import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, addCard, boardDocName, readBoard, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { openControl, sendCommand, sendVote } from '../support/controlClient.js';
import { openRawSocket } from '../support/rawSocket.js';
import { connectBoard, type BoardClient } from '../support/yjsClient.js';
import {
  createAccessKey,
  createTestEvent,
  eventually,
  startTestServer,
  takeSeat,
  type TestServer,
} from '../support/testServer.js';

type Actor = 'organizer' | 'lead' | 'facilitatorA' | 'projector' | 'participantA' | 'participantB' | 'revoked';

/**
 * The role × action matrix: every actor against every action, on every channel (Yjs, socket.io, REST). Group A
 * is the board under test; participant B sits in group B; facilitator A runs group A only.
 */
describe('roles are enforced on every channel', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupA: GroupId;
  let groupB: GroupId;
  const tokens = {} as Record<Actor, string>;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    groupA = reply.event.groups[0]!.id;
    groupB = reply.event.groups[1]!.id;
    tokens.organizer = reply.organizerKey;
    tokens.lead = (await createAccessKey(server.url, reply, { role: 'facilitator' })).secret;
    tokens.facilitatorA = (await createAccessKey(server.url, reply, { role: 'facilitator', groupIds: [groupA] })).secret;
    tokens.projector = (await createAccessKey(server.url, reply, { role: 'projector' })).secret;
    tokens.participantA = (await takeSeat(server.url, reply.event.joinCode, groupA)).ticket;
    tokens.participantB = (await takeSeat(server.url, reply.event.joinCode, groupB)).ticket;
    const revoked = await createAccessKey(server.url, reply, { role: 'facilitator' });
    tokens.revoked = revoked.secret;
    const response = await fetch(`${server.url}/api/events/${reply.event.id}/keys/${revoked.key.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${reply.organizerKey}` },
    });
    expect(response.status).toBe(204);
  });
  afterAll(async () => {
    await server.close();
  });

  const docA = () => boardDocName(reply.event.id, groupA);

  async function yjsOutcome(actor: Actor): Promise<'opens' | number> {
    const raw = openRawSocket(server.yjsUrl, docA(), tokens[actor]);
    const outcome = await Promise.race([raw.ready.then(() => 'opens' as const), raw.closed]);
    raw.socket.close();
    return outcome;
  }

  it.each([
    ['organizer', 'opens'],
    ['lead', 'opens'],
    ['facilitatorA', 'opens'],
    // The projector's wall comes filtered over socket.io; it never holds a board document.
    ['projector', CLOSE_CODES.forbidden],
    ['participantA', 'opens'],
    ['participantB', CLOSE_CODES.forbidden],
    ['revoked', CLOSE_CODES.unauthorized],
  ] as const)('lets %s read group A’s board over Yjs: %s', async (actor, expected) => {
    expect(await yjsOutcome(actor)).toBe(expected);
  });

  // A refused write (a reader of another group) is tested next, down to what is stored.
  it.each(['organizer', 'lead', 'facilitatorA', 'participantA'] as const)('lets %s write group A’s board', async (actor) => {
    const observer = connectBoard(server.yjsUrl, reply.event.id, groupA, tokens.organizer);
    const writer = connectBoard(server.yjsUrl, reply.event.id, groupA, tokens[actor]);
    await Promise.all([observer.synced, writer.synced]);
    const text = `tulisan ${actor}`;
    addCard(writer.doc, { kind: 'challenge', text });
    await eventually(() => expect(readBoard(observer.doc).challenges.map((card) => card.text)).toContain(text));
    for (const client of [observer, writer]) client.destroy();
  });

  it('lets participant B read but never write group A when the event allows reading other groups', async () => {
    await patchSettings({ allowReadingOtherGroups: true });
    try {
      const observer = connectBoard(server.yjsUrl, reply.event.id, groupA, tokens.organizer);
      const reader: BoardClient = connectBoard(server.yjsUrl, reply.event.id, groupA, tokens.participantB);
      await Promise.all([observer.synced, reader.synced]);
      addCard(observer.doc, { kind: 'challenge', text: 'terbaca lintas kelompok' });
      await eventually(() => expect(readBoard(reader.doc).challenges.map((card) => card.text)).toContain('terbaca lintas kelompok'));
      addCard(reader.doc, { kind: 'challenge', text: 'tulisan kelompok B' });
      // A barrier: the server handles a connection's frames in order, so once the reader's awareness (sent after
      // its write) reaches the observer, the write has been handled.
      reader.provider.awareness.setLocalStateField('editing', { cardId: 'afterthewrite', field: 'text' });
      await eventually(() =>
        expect(observer.provider.awareness.getStates().get(reader.doc.clientID)).toEqual({ editing: { cardId: 'afterthewrite', field: 'text' } }),
      );
      expect(readBoard(observer.doc).challenges.map((card) => card.text)).not.toContain('tulisan kelompok B');
      // The refused write is not stored either: a fresh reader does not get it.
      const fresh = connectBoard(server.yjsUrl, reply.event.id, groupA, tokens.organizer);
      await fresh.synced;
      expect(readBoard(fresh.doc).challenges.map((card) => card.text)).not.toContain('tulisan kelompok B');
      fresh.destroy();
      observer.destroy();
      reader.destroy();
    } finally {
      await patchSettings({ allowReadingOtherGroups: false });
    }
  });

  it('cuts a participant reading another group on both channels once the event stops allowing it', async () => {
    await patchSettings({ allowReadingOtherGroups: true });
    const reader = connectBoard(server.yjsUrl, reply.event.id, groupA, tokens.participantB);
    const watching = await openControl(server.url, { token: tokens.participantB, eventId: reply.event.id, groupId: groupA });
    const ownGroup = await openControl(server.url, { token: tokens.participantB, eventId: reply.event.id });
    await reader.synced;
    const reasons: string[] = [];
    watching.on('disconnect', (reason) => reasons.push(reason));
    await patchSettings({ allowReadingOtherGroups: false });
    await eventually(() => expect(reader.closeCodes).toContain(CLOSE_CODES.accessRevoked));
    await eventually(() => expect(reasons).toEqual(['io server disconnect']));
    // The socket on its own group stays.
    expect(ownGroup.connected).toBe(true);
    reader.destroy();
    ownGroup.disconnect();
  });

  async function commandOutcome(actor: Actor, command: Record<string, unknown>): Promise<string> {
    const socket = await openControl(server.url, { token: tokens[actor], eventId: reply.event.id }).catch((error: Error) => error);
    if (socket instanceof Error) return `refused:${socket.message}`;
    const result = await sendCommand(socket, command);
    socket.disconnect();
    return result.ok ? 'ok' : result.reason;
  }

  it.each([
    ['organizer', 'ok'],
    ['lead', 'ok'],
    ['facilitatorA', 'ok'],
    ['projector', 'forbidden'],
    ['participantA', 'forbidden'],
    ['revoked', 'refused:unauthorized'],
  ] as const)('lets %s switch group A’s phase over socket.io: %s', async (actor, expected) => {
    expect(await commandOutcome(actor, { type: 'setPhase', scope: { kind: 'group', groupId: groupA }, phase: 'write' })).toBe(expected);
  });

  it('keeps facilitator A to its own group, and broadcasts to those who run every group', async () => {
    expect(await commandOutcome('facilitatorA', { type: 'setPhase', scope: { kind: 'group', groupId: groupB }, phase: 'write' })).toBe('forbidden');
    expect(await commandOutcome('facilitatorA', { type: 'setLocked', scope: { kind: 'event' }, locked: false })).toBe('ok');
    expect(await commandOutcome('facilitatorA', { type: 'broadcast', text: 'Halo' })).toBe('forbidden');
    expect(await commandOutcome('lead', { type: 'broadcast', text: 'Halo' })).toBe('ok');
    expect(await commandOutcome('organizer', { type: 'clearBroadcast' })).toBe('ok');
  });

  it('takes votes from participants only', async () => {
    for (const actor of ['organizer', 'lead', 'projector'] as const) {
      const socket = await openControl(server.url, { token: tokens[actor], eventId: reply.event.id });
      expect((await sendVote(socket, 'abcdefghijklmnop', 1)).ok).toBe(false);
      socket.disconnect();
    }
  });

  it.each([
    ['organizer', 200],
    ['lead', 403],
    ['facilitatorA', 403],
    ['projector', 403],
    ['participantA', 403],
    ['revoked', 401],
  ] as const)('lets %s export: HTTP %i', async (actor, status) => {
    const response = await fetch(`${server.url}/api/events/${reply.event.id}/export?format=json`, {
      headers: { Authorization: `Bearer ${tokens[actor]}` },
    });
    expect(response.status).toBe(status);
  });

  it.each([
    ['organizer', 201],
    ['lead', 403],
    ['projector', 403],
    ['participantA', 403],
  ] as const)('lets %s create keys: HTTP %i', async (actor, status) => {
    const response = await fetch(`${server.url}/api/events/${reply.event.id}/keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens[actor]}` },
      body: JSON.stringify({ role: 'projector' }),
    });
    expect(response.status).toBe(status);
  });

  async function patchSettings(body: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${server.url}/api/events/${reply.event.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${reply.organizerKey}` },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
  }
});
