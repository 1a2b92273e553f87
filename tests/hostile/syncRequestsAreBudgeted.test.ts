import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CLOSE_CODES, LIMITS, addCard, readBoard, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { QUERY_AWARENESS_FRAME, closeCodeWithin, emptySyncStep1Frame, openRawParticipant, type RawParticipant } from '../support/hostileYjs.js';
import { createTestEvent, eventually, serverBoard, startTestServer, type TestServer } from '../support/testServer.js';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';

/**
 * Issue 9, item 4: each SyncStep1 is answered with the whole board, so 600 of them (2.4 KB, inside the message
 * budget) brought back hundreds of MB. Now sync requests and awareness queries have their own budget per
 * connection (`LIMITS.syncRequestBurst`, then `LIMITS.syncRequestsPerMinute`), and the first one over it closes the
 * connection with 4429.
 */

const CARDS = 300;
const TEXT_LENGTH = 1000;
const REQUESTS = 600;
/** Sent at once, then in small batches: always inside the per-message budget, so only a sync budget can cut it. */
const FIRST_BURST = LIMITS.messageBurst - 50;
const BATCH = 10;
const BATCH_EVERY_MS = 200;

const isSyncStep2 = (message: Uint8Array) => message[0] === 0 && message[1] === 1;
const isAwareness = (message: Uint8Array) => message[0] === 1;
const bytesOf = (messages: Uint8Array[]) => messages.reduce((sum, message) => sum + message.byteLength, 0);

/** Send `count` copies of `frame` at the pace above, stopping once the server has closed the connection. */
async function sendPaced(raw: RawParticipant, frame: Uint8Array, count: number): Promise<number> {
  let sent = 0;
  const sendSome = (how: number) => {
    for (let i = 0; i < how && sent < count && raw.socket.readyState === WebSocket.OPEN; i++, sent++) raw.socket.send(frame);
  };
  sendSome(FIRST_BURST);
  while (sent < count && raw.socket.readyState === WebSocket.OPEN) {
    await new Promise((resolve) => setTimeout(resolve, BATCH_EVERY_MS));
    sendSome(BATCH);
  }
  return sent;
}

describe('sync requests', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let filler: BoardClient;
  let boardBytes = 0;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url, { title: 'Papan besar', groups: ['NTT'] });
    groupId = reply.event.groups[0]!.id;
    filler = await joinBoard(server, reply.event, groupId);
    await filler.synced;
    for (let batch = 0; batch < CARDS / 50; batch++) {
      filler.doc.transact(() => {
        for (let i = 0; i < 50; i++) addCard(filler.doc, { kind: 'challenge', text: `${batch}-${i} `.padEnd(TEXT_LENGTH, 'x') });
      });
    }
    await eventually(() => expect(serverBoard(server, reply.event.id, groupId)?.challenges).toHaveLength(CARDS), 10_000);
    boardBytes = Y.encodeStateAsUpdate(filler.doc).byteLength;
    // The filler stays: its awareness entry makes every awareness answer non-empty.
  });
  afterAll(async () => {
    filler?.destroy();
    await server?.close();
  });

  it('answer a board of about 300 KB', () => {
    expect(boardBytes).toBeGreaterThan(300_000);
    expect(boardBytes).toBeLessThan(500_000);
  });

  it('are answered within the burst without closing the connection', async () => {
    const raw = await openRawParticipant(server, reply.event, groupId);
    await raw.ready;
    for (let i = 0; i < LIMITS.syncRequestBurst; i++) raw.socket.send(emptySyncStep1Frame());
    // Frames are handled in order: had any of them closed the connection, the answers after it would not come.
    await eventually(() => expect(raw.messages.filter(isSyncStep2)).toHaveLength(LIMITS.syncRequestBurst), 5_000);
    expect(raw.socket.readyState).toBe(WebSocket.OPEN);
    raw.socket.close();
  });

  it(`cut a connection sending ${REQUESTS} SyncStep1 frames with 4429, after at most the burst of whole boards`, async () => {
    const raw = await openRawParticipant(server, reply.event, groupId);
    await raw.ready;
    const sent = await sendPaced(raw, emptySyncStep1Frame(), REQUESTS);
    const code = await closeCodeWithin(raw, 2_000);
    const received = bytesOf(raw.messages);
    console.log(`SyncStep1 flood: ${sent} frames sent, ${raw.messages.filter(isSyncStep2).length} whole boards (${received} bytes) received, closed ${code}`);
    raw.socket.terminate();
    expect(code).toBe(CLOSE_CODES.rateLimited);
    expect(raw.messages.filter(isSyncStep2).length).toBeLessThanOrEqual(LIMITS.syncRequestBurst);
    expect(received).toBeLessThan((LIMITS.syncRequestBurst + 2) * boardBytes);
  });

  it('still let a healthy client sync the whole board', async () => {
    const healthy = await joinBoard(server, reply.event, groupId);
    try {
      await healthy.synced;
      expect(readBoard(healthy.doc).challenges).toHaveLength(CARDS);
      expect(healthy.closeCodes).toEqual([]);
    } finally {
      healthy.destroy();
    }
  });

  it('cut an awareness-query flood inside the message budget with 4429', async () => {
    const raw = await openRawParticipant(server, reply.event, groupId);
    await raw.ready;
    const queries = 100;
    expect(queries).toBeLessThan(LIMITS.messageBurst);
    for (let i = 0; i < queries; i++) raw.socket.send(QUERY_AWARENESS_FRAME);
    const code = await closeCodeWithin(raw, 2_000);
    const answers = raw.messages.filter(isAwareness).length;
    raw.socket.terminate();
    expect(code).toBe(CLOSE_CODES.rateLimited);
    // The awareness sent on connecting, then at most the burst of answers.
    expect(answers).toBeLessThanOrEqual(LIMITS.syncRequestBurst + 1);
  });
});
