import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES, LIMITS, addCard, readBoard, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { openControl, sendCommand, type ControlSocket } from '../support/controlClient.js';
import { closeCodeWithin, openRawParticipant, updateFrame } from '../support/hostileYjs.js';
import { joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

/**
 * A write the session does not allow is applied and reverted for everyone, which costs the whole room. A client
 * that keeps writing into a locked board is cut once it has used its budget of reverts.
 */
describe('writes into a locked board', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let organizer: ControlSocket;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    groupId = reply.event.groups[0]!.id;
    organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    expect(await sendCommand(organizer, { type: 'setLocked', scope: { kind: 'group', groupId }, locked: true })).toEqual({ ok: true });
  });
  afterAll(async () => {
    organizer.disconnect();
    await server.close();
  });

  it('cuts a connection with 4429 after its budget of reverted writes, and the board stays as it was', async () => {
    const raw = await openRawParticipant(server, reply.event, groupId);
    await raw.ready;
    // Each one a new card: valid in shape, refused by the lock. Inside the message budget on purpose.
    const writes = LIMITS.revertBurst + 20;
    const doc = new Y.Doc();
    for (let i = 0; i < writes; i++) {
      const before = Y.encodeStateVector(doc);
      addCard(doc, { kind: 'challenge', text: `terkunci ${i}` });
      raw.socket.send(updateFrame(Y.encodeStateAsUpdate(doc, before)));
    }
    expect(await closeCodeWithin(raw)).toBe(CLOSE_CODES.rateLimited);
    // The reverts that were made reached everyone: a fresh member sees no card.
    const late = await joinBoard(server, reply.event, groupId);
    await late.synced;
    await eventually(() => expect(readBoard(late.doc).challenges).toEqual([]));
    late.destroy();
  });

  it('lets a phone that typed in the moment of the lock keep its connection', async () => {
    const phone = await joinBoard(server, reply.event, groupId);
    await phone.synced;
    for (let i = 0; i < 5; i++) addCard(phone.doc, { kind: 'challenge', text: `sebentar ${i}` });
    await eventually(() => expect(readBoard(phone.doc).challenges).toEqual([]));
    expect(phone.closeCodes).toEqual([]);
    expect(phone.provider.wsconnected).toBe(true);
    phone.destroy();
  });
});
