import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CLOSE_CODES, LIMITS, addCard, boardDocName, type CreateEventReply } from '@rembuk/shared';
import { openRawSocket } from '../support/rawSocket.js';
import { connectBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, serverBoard, startTestServer, type TestServer } from '../support/testServer.js';

const CONNECTIONS = 20;
const CARDS = 450;

/** SyncStep1 with an empty state vector: the server answers with the whole board. */
function emptySyncStep1(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(encoder);
}

describe('oversize frames', () => {
  let server: TestServer;
  let reply: CreateEventReply;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    // A board of about 900 KB, so the server still has a sync reply queued when the oversize frame arrives.
    const { event, organizerKey } = reply;
    const groupId = event.groups[0]!.id;
    const filler = connectBoard(server.yjsUrl, event.id, groupId, organizerKey);
    await filler.synced;
    for (let batch = 0; batch < CARDS / 45; batch++) {
      filler.doc.transact(() => {
        for (let i = 0; i < 45; i++) addCard(filler.doc, { kind: 'challenge', text: 'x'.repeat(1990) });
      });
    }
    await eventually(() => expect(serverBoard(server, event.id, groupId)?.challenges).toHaveLength(CARDS), 15_000);
    filler.destroy();
  });
  afterAll(async () => {
    await server.close();
  });

  it('close every one of 20 connections with 1009, also while a whole-board sync reply is still being sent', async () => {
    const { event, organizerKey } = reply;
    const docName = boardDocName(event.id, event.groups[0]!.id);
    // Over the limit from the frame header on, while most of the payload is still in flight.
    const frame = new Uint8Array(LIMITS.maxFrameBytes + 1);
    const codes = await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        const raw = openRawSocket(server.yjsUrl, docName, organizerKey);
        await raw.ready;
        raw.socket.send(emptySyncStep1());
        raw.socket.send(frame);
        return raw.closed;
      }),
    );
    expect(codes).toEqual(Array.from({ length: CONNECTIONS }, () => CLOSE_CODES.frameTooLarge));
  });
});
