import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, LIMITS, boardDocName, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { awarenessFrame, closeCodeWithin } from '../support/hostileYjs.js';
import { openRawSocket, type RawSocket } from '../support/rawSocket.js';
import { connectBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

describe('awareness entries of other clients', () => {
  let server: TestServer;
  let reply: CreateEventReply;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  /** A provider whose awareness state the server has applied, and a raw socket on the same board. */
  async function ownerAndAttacker(groupId: GroupId): Promise<{ owner: BoardClient; watcher: BoardClient; raw: RawSocket }> {
    const { event, organizerKey } = reply;
    const owner = connectBoard(server.yjsUrl, event.id, groupId, organizerKey);
    const watcher = connectBoard(server.yjsUrl, event.id, groupId, organizerKey);
    await Promise.all([owner.synced, watcher.synced]);
    owner.provider.awareness.setLocalStateField('editing', { cardId: 'kartusatu', field: 'text' });
    await eventually(() => expect(watcher.provider.awareness.getStates().get(owner.doc.clientID)).toBeDefined());
    const raw = openRawSocket(server.yjsUrl, boardDocName(event.id, groupId), organizerKey);
    await raw.ready;
    return { owner, watcher, raw };
  }

  it('closes a connection with 4400 for an oversize entry under another connection’s client id', async () => {
    const { owner, watcher, raw } = await ownerAndAttacker(reply.event.groups[0]!.id);
    const oversize = { blob: 'x'.repeat(LIMITS.maxAwarenessStateBytes) };
    raw.socket.send(awarenessFrame([{ clientId: owner.doc.clientID, clock: 999, state: oversize }]));
    expect(await closeCodeWithin(raw, 2_000)).toBe(CLOSE_CODES.malformedFrame);
    // The owner's state is untouched, and nobody else was cut off.
    expect(watcher.provider.awareness.getStates().get(owner.doc.clientID)).toEqual({ editing: { cardId: 'kartusatu', field: 'text' } });
    expect([...owner.closeCodes, ...watcher.closeCodes]).toEqual([]);
    owner.destroy();
    watcher.destroy();
  });

  it('ignores, without closing, an entry within the limit under another connection’s client id (a provider’s echo)', async () => {
    const { owner, watcher, raw } = await ownerAndAttacker(reply.event.groups[1]!.id);
    raw.socket.send(awarenessFrame([{ clientId: owner.doc.clientID, clock: 999, state: { editing: { cardId: 'palsupalsu', field: 'text' } } }]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    expect(watcher.provider.awareness.getStates().get(owner.doc.clientID)).toEqual({ editing: { cardId: 'kartusatu', field: 'text' } });
    raw.socket.close();
    owner.destroy();
    watcher.destroy();
  });

  it('closes a connection with 4400 for a frame that names one client id twice', async () => {
    const { owner, watcher, raw } = await ownerAndAttacker(reply.event.groups[2]!.id);
    const echo = { clientId: owner.doc.clientID, clock: 1, state: {} };
    raw.socket.send(awarenessFrame([echo, { ...echo, clock: 2 }]));
    expect(await closeCodeWithin(raw, 2_000)).toBe(CLOSE_CODES.malformedFrame);
    owner.destroy();
    watcher.destroy();
  });

  it('closes a connection with 4400 for a frame of more than 1000 entries, even of small foreign states', async () => {
    const { owner, watcher, raw } = await ownerAndAttacker(reply.event.groups[3]!.id);
    const entries = Array.from({ length: 1001 }, (_, i) => ({ clientId: owner.doc.clientID + 1 + i, clock: 1, state: null }));
    raw.socket.send(awarenessFrame(entries));
    expect(await closeCodeWithin(raw, 2_000)).toBe(CLOSE_CODES.malformedFrame);
    owner.destroy();
    watcher.destroy();
  });
});
