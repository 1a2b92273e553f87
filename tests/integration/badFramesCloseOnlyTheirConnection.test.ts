import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CLOSE_CODES, LIMITS, addCard, boardDocName, readBoard, type CreateEventReply } from '@rembuk/shared';
import { openRawSocket } from '../support/rawSocket.js';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

describe('bad frames close only their own connection', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let sameBoard: BoardClient;
  let otherBoard: BoardClient;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    const { event } = reply;
    sameBoard = await joinBoard(server, event, event.groups[0]!.id);
    otherBoard = await joinBoard(server, event, event.groups[1]!.id);
    await Promise.all([sameBoard.synced, otherBoard.synced]);
  });
  afterAll(async () => {
    sameBoard.destroy();
    otherBoard.destroy();
    await server.close();
  });

  async function expectBoardsStillWork(): Promise<void> {
    const probe = await joinBoard(server, reply.event, reply.event.groups[0]!.id);
    await probe.synced;
    const text = `still alive ${Math.random()}`;
    addCard(sameBoard.doc, { kind: 'challenge', text });
    addCard(otherBoard.doc, { kind: 'action', text });
    await eventually(() => expect(readBoard(probe.doc).challenges.map((card) => card.text)).toContain(text));
    probe.destroy();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  }

  const rawOnBoard = async () => {
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, reply.event.groups[0]!.id);
    const raw = openRawSocket(server.yjsUrl, boardDocName(reply.event.id, reply.event.groups[0]!.id), ticket);
    await raw.ready;
    return raw;
  };

  it.each([
    ['an unknown message type', Uint8Array.of(9, 1, 2, 3)],
    ['a truncated sync frame', Uint8Array.of(0, 2, 200)],
    ['an update of random bytes', Uint8Array.of(0, 2, 6, 255, 255, 255, 255, 255, 255)],
    ['an undecodable awareness update', Uint8Array.of(1, 3, 1, 2, 3)],
    ['an unknown sync subtype', Uint8Array.of(0, 7, 0)],
  ])('closes the sender of %s with 4400', async (_name, frame) => {
    const raw = await rawOnBoard();
    raw.socket.send(frame);
    expect(await raw.closed).toBe(CLOSE_CODES.malformedFrame);
    await expectBoardsStillWork();
  });

  it('closes the sender of a text frame with 4400', async () => {
    const raw = await rawOnBoard();
    raw.socket.send('hello');
    expect(await raw.closed).toBe(CLOSE_CODES.malformedFrame);
  });

  it('closes the sender of a frame over the size limit with 1009', async () => {
    const raw = await rawOnBoard();
    raw.socket.send(new Uint8Array(LIMITS.maxFrameBytes + 1024));
    expect(await raw.closed).toBe(CLOSE_CODES.frameTooLarge);
    await expectBoardsStillWork();
  });

  it('closes a connection that floods messages with 4429', async () => {
    const raw = await rawOnBoard();
    // Query-awareness frames are harmless one by one; hundreds at once are a flood.
    for (let i = 0; i < LIMITS.messageBurst + 50; i++) raw.socket.send(Uint8Array.of(3));
    expect(await raw.closed).toBe(CLOSE_CODES.rateLimited);
    await expectBoardsStillWork();
  });

  it('applies a valid update sent over a raw socket (the control for the next test)', async () => {
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(sameBoard.doc));
    const stateBefore = Y.encodeStateVector(writer);
    addCard(writer, { kind: 'challenge', text: 'kartu sah' });
    const raw = await rawOnBoard();
    raw.socket.send(updateFrame(Y.encodeStateAsUpdate(writer, stateBefore)));
    await eventually(() => expect(readBoard(sameBoard.doc).challenges.map((card) => card.text)).toContain('kartu sah'));
    raw.socket.close();
  });

  it('refuses a well-formed update that breaks the board schema with 4422, and nothing of it reaches anyone', async () => {
    const rogue = new Y.Doc();
    Y.applyUpdate(rogue, Y.encodeStateAsUpdate(sameBoard.doc));
    const before = readBoard(sameBoard.doc);
    const stateBefore = Y.encodeStateVector(rogue);
    const card = new Y.Map<unknown>();
    card.set('kind', 'challenge');
    card.set('text', new Y.Text('nama korban: Budi'));
    card.set('position', 1);
    card.set('author', 'Budi, 0812...');
    rogue.getMap('cards').set('rogue0000000001', card);
    rogue.getMap('secrets').set('x', 'y');

    const raw = await rawOnBoard();
    raw.socket.send(updateFrame(Y.encodeStateAsUpdate(rogue, stateBefore)));
    expect(await raw.closed).toBe(CLOSE_CODES.schemaViolation);

    // A valid card sent afterwards on another socket: once others have it, the refused frame is long handled.
    const barrier = new Y.Doc();
    Y.applyUpdate(barrier, Y.encodeStateAsUpdate(sameBoard.doc));
    const barrierState = Y.encodeStateVector(barrier);
    const barrierId = addCard(barrier, { kind: 'challenge', text: 'penanda urutan' });
    const next = await rawOnBoard();
    next.socket.send(updateFrame(Y.encodeStateAsUpdate(barrier, barrierState)));
    await eventually(() => expect(readBoard(sameBoard.doc).challenges.map((one) => one.id)).toContain(barrierId));
    next.socket.close();
    const late = await joinBoard(server, reply.event, reply.event.groups[0]!.id);
    await late.synced;
    const withoutBarrier = (doc: Y.Doc) => {
      const board = readBoard(doc);
      return { ...board, challenges: board.challenges.filter((one) => one.id !== barrierId) };
    };
    for (const doc of [sameBoard.doc, late.doc]) {
      expect(withoutBarrier(doc)).toEqual(before);
      expect(doc.getMap('cards').has('rogue0000000001')).toBe(false);
      expect(doc.getMap('secrets').size).toBe(0);
    }
    // Not even as a tombstone: the refused update was never applied.
    expect(JSON.stringify([...Y.decodeUpdate(Y.encodeStateAsUpdate(late.doc)).structs].map((struct) => struct.id.client))).not.toContain(String(rogue.clientID));
    late.destroy();
    await expectBoardsStillWork();
  });
});

/** [messageSync, messageYjsUpdate, update] as y-websocket frames it. */
function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
