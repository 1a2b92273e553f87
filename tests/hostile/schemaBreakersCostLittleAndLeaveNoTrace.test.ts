import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES, LIMITS, addCard, newCardId, readBoard, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { openControl, sendCommand, type ControlSocket } from '../support/controlClient.js';
import { closeCodeWithin, openRawParticipant, storedLog, updateFrame, updateOf } from '../support/hostileYjs.js';
import { createTestEvent, eventually, startTestServer, takeSeat, untilServerHas, type TestServer } from '../support/testServer.js';
import { connectBoard, joinBoard, type BoardClient } from '../support/yjsClient.js';

/**
 * Issue 9, item 6: every refused update was stored together with its revert, so a flood of schema breakers grew
 * the database and slowed other events. Now a schema breaker is refused before it is applied (nothing stored),
 * a device that keeps sending them is turned away at the upgrade after `LIMITS.maxStrikes`, and an update the
 * session refuses is stored as one net change without its content.
 */

/** Schema breakers of several kinds, each one update a hand-made client sends. */
const BREAKERS: (() => Uint8Array)[] = [
  () => updateOf((doc) => doc.getMap<unknown>('cards').set(newCardId(), 5)),
  () => updateOf((doc) => doc.getMap<unknown>('cards').set(newCardId(), new Y.Text('teks lepas'))),
  () => updateOf((doc) => doc.getMap<unknown>('secrets').set('x', 'y')),
  () =>
    updateOf((doc) => {
      const card = new Y.Map<unknown>();
      card.set('kind', 'challenge');
      card.set('text', new Y.Text('kartu'));
      card.set('position', 1);
      card.set('author', 'Budi');
      doc.getMap<unknown>('cards').set(newCardId(), card);
    }),
];
const breaker = (index: number) => BREAKERS[index % BREAKERS.length]!();

describe('schema breakers', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let observer: BoardClient;
  const sockets: ControlSocket[] = [];

  beforeAll(async () => {
    // No compaction during the test: the stored log is compared row by row.
    server = await startTestServer({ compactAfterUpdates: 100_000 });
    reply = await createTestEvent(server.url, { title: 'Rapat dibanjiri', groups: ['NTT', 'Jawa', 'Papua'] });
    groupId = reply.event.groups[0]!.id;
    observer = connectBoard(server.yjsUrl, reply.event.id, groupId, reply.organizerKey);
    await observer.synced;
    const first = addCard(observer.doc, { kind: 'challenge', text: 'Kartu pertama' });
    await untilServerHas(server, reply.event.id, groupId, [first]);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    observer?.destroy();
    await server?.close();
  });

  /** A fresh client is answered from durable state only: once it syncs, what the server applied is stored. */
  async function untilDurable(boardGroupId: GroupId): Promise<void> {
    const probe = connectBoard(server.yjsUrl, reply.event.id, boardGroupId, reply.organizerKey);
    try {
      await probe.synced;
    } finally {
      probe.destroy();
    }
  }

  it(`turn a device away after ${LIMITS.maxStrikes} refusals, before any frame, and leave another device alone`, async () => {
    const seat = await takeSeat(server.url, reply.event.joinCode, groupId);
    for (let strike = 0; strike < LIMITS.maxStrikes; strike++) {
      const raw = await openRawParticipant(server, reply.event, groupId, seat);
      await raw.ready;
      raw.socket.send(updateFrame(breaker(strike)));
      expect(await closeCodeWithin(raw), `refusal ${strike + 1}`).toBe(CLOSE_CODES.schemaViolation);
    }
    const barred = await openRawParticipant(server, reply.event, groupId, seat);
    expect(await closeCodeWithin(barred)).toBe(CLOSE_CODES.rateLimited);
    // Not even the server's sync step 1: the board was never loaded or synced for it.
    expect(barred.messages).toHaveLength(0);

    const other = await openRawParticipant(server, reply.event, groupId);
    await other.ready;
    const base = new Y.Doc();
    Y.applyUpdate(base, Y.encodeStateAsUpdate(observer.doc));
    const before = Y.encodeStateVector(base);
    const card = addCard(base, { kind: 'challenge', text: 'Perangkat lain tetap menulis' });
    other.socket.send(updateFrame(Y.encodeStateAsUpdate(base, before)));
    await eventually(() => expect(readBoard(observer.doc).challenges.map((one) => one.id)).toContain(card));
    other.socket.close();
    base.destroy();
  });

  it('leave the stored log as it was: 50 breakers from 50 devices add no row and no byte', async () => {
    const logGroup = reply.event.groups[1]!.id;
    const watcher = connectBoard(server.yjsUrl, reply.event.id, logGroup, reply.organizerKey);
    try {
      await watcher.synced;
      const card = addCard(watcher.doc, { kind: 'challenge', text: 'Kartu yang sah' });
      await untilServerHas(server, reply.event.id, logGroup, [card]);
      await untilDurable(logGroup);
      const before = await storedLog(server, reply.event.id, logGroup);
      expect(before.count).toBeGreaterThan(0);

      // All at once, as a flood would: each device sends one breaker, so none of them is barred yet.
      const codes = await Promise.all(
        Array.from({ length: 50 }, async (_, device) => {
          const raw = await openRawParticipant(server, reply.event, logGroup);
          await raw.ready;
          raw.socket.send(updateFrame(breaker(device)));
          return closeCodeWithin(raw);
        }),
      );
      expect(codes).toEqual(Array.from({ length: 50 }, () => CLOSE_CODES.schemaViolation));

      await untilDurable(logGroup);
      const after = await storedLog(server, reply.event.id, logGroup);
      expect({ count: after.count, bytes: after.bytes }).toEqual({ count: before.count, bytes: before.bytes });
      expect(after.rows).toEqual(before.rows);
    } finally {
      watcher.destroy();
    }
  });

  it('store an update the session refuses as one net change without its text, and revert it for everyone', async () => {
    const lockedGroup = reply.event.groups[2]!.id;
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    sockets.push(organizer);
    const watcher = connectBoard(server.yjsUrl, reply.event.id, lockedGroup, reply.organizerKey);
    const participant = await joinBoard(server, reply.event, lockedGroup);
    try {
      await Promise.all([watcher.synced, participant.synced]);
      const existing = addCard(watcher.doc, { kind: 'challenge', text: 'Kartu sebelum dikunci' });
      await untilServerHas(server, reply.event.id, lockedGroup, [existing]);
      await eventually(() => expect(readBoard(participant.doc).challenges).toHaveLength(1));
      expect(await sendCommand(organizer, { type: 'setLocked', scope: { kind: 'group', groupId: lockedGroup }, locked: true })).toEqual({ ok: true });

      const before = await storedLog(server, reply.event.id, lockedGroup);
      const SECRET = 'TERKUNCI-nama-korban-4b7e';
      const seenByWatcher: Uint8Array[] = [];
      watcher.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== null) seenByWatcher.push(update);
      });
      const refused = addCard(participant.doc, { kind: 'challenge', text: SECRET });
      // The author's own replica converges on the board without it...
      await eventually(() => expect(readBoard(participant.doc).challenges.map((card) => card.id)).not.toContain(refused));
      // ...and so does everyone else's, once it has all the author wrote (the net change).
      const authorClock = Y.getState(participant.doc.store, participant.doc.clientID);
      await eventually(() => expect(Y.getState(watcher.doc.store, participant.doc.clientID)).toBe(authorClock));
      expect(readBoard(watcher.doc).challenges.map((card) => card.text)).toEqual(['Kartu sebelum dikunci']);
      expect(seenByWatcher.filter((update) => Buffer.from(update).includes(SECRET))).toHaveLength(0);

      const after = await storedLog(server, reply.event.id, lockedGroup);
      expect(after.rows.filter((row) => row.includes(SECRET))).toHaveLength(0);
      expect(after.count - before.count).toBe(1);
    } finally {
      watcher.destroy();
      participant.destroy();
    }
  });
});
