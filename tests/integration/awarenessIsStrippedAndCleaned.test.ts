import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, boardDocName, type CreateEventReply } from '@rembuk/shared';
import { awarenessFrame } from '../support/hostileYjs.js';
import { openRawSocket } from '../support/rawSocket.js';
import { joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

describe('awareness', () => {
  let server: TestServer;
  let reply: CreateEventReply;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  it('passes on only what a client is editing, never a name it claims, and drops a closed client’s state', async () => {
    const { event } = reply;
    const group = event.groups[0]!.id;
    const watcher = await joinBoard(server, event, group);
    const other = await joinBoard(server, event, group, 'Melati');
    await Promise.all([watcher.synced, other.synced]);
    other.provider.awareness.setLocalState({ user: { name: 'Kepala Dinas', color: '#f00' }, editing: { cardId: 'kartusatu', field: 'text' } });
    await eventually(() => {
      const state = watcher.provider.awareness.getStates().get(other.doc.clientID);
      expect(state).toEqual({ editing: { cardId: 'kartusatu', field: 'text' } });
    });
    // The watcher's provider echoed that entry back to the server: it must not be cut off for it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watcher.closeCodes).toEqual([]);
    other.destroy();
    await eventually(() => expect(watcher.provider.awareness.getStates().has(other.doc.clientID)).toBe(false));
    watcher.destroy();
  });

  it('ignores a connection that speaks for another connection’s client id, and keeps the owner’s state', async () => {
    const { event } = reply;
    const group = event.groups[1]!.id;
    const owner = await joinBoard(server, event, group);
    await owner.synced;
    owner.provider.awareness.setLocalStateField('editing', { cardId: 'kartudua', field: 'partners' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const raw = openRawSocket(server.yjsUrl, boardDocName(event.id, group), (await takeSeat(server.url, event.joinCode, group)).ticket);
    await raw.ready;
    raw.socket.send(awarenessFrame([{ clientId: owner.doc.clientID, clock: 999, state: { editing: { cardId: 'palsupalsu', field: 'text' } } }]));
    const watcher = await joinBoard(server, event, group);
    await watcher.synced;
    await eventually(() =>
      expect(watcher.provider.awareness.getStates().get(owner.doc.clientID)).toEqual({ editing: { cardId: 'kartudua', field: 'partners' } }),
    );
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
    owner.destroy();
    watcher.destroy();
  });

  it('does not cut off providers that echo a state sent near the size limit', async () => {
    const { event } = reply;
    const group = event.groups[3]!.id;
    const echoing = await joinBoard(server, event, group);
    const sender = await joinBoard(server, event, group, 'Teratai');
    await Promise.all([echoing.synced, sender.synced]);
    // Within the limit as sent; the server passes on only the allow-listed part, which is what gets echoed.
    sender.provider.awareness.setLocalState({ note: 'x'.repeat(1000) });
    await eventually(() => expect(echoing.provider.awareness.getStates().get(sender.doc.clientID)).toEqual({}));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(echoing.closeCodes).toEqual([]);
    expect(sender.closeCodes).toEqual([]);
    echoing.destroy();
    sender.destroy();
  });

  it('closes a connection that sends an oversized awareness state', async () => {
    const { event } = reply;
    const raw = openRawSocket(server.yjsUrl, boardDocName(event.id, event.groups[2]!.id), (await takeSeat(server.url, event.joinCode, event.groups[2]!.id)).ticket);
    await raw.ready;
    raw.socket.send(awarenessFrame([{ clientId: 12345, clock: 1, state: { blob: 'x'.repeat(5000) } }]));
    expect(await raw.closed).toBe(CLOSE_CODES.malformedFrame);
  });
});
