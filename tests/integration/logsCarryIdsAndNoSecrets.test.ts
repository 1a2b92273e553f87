import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '@rembuk/server';
import { addCard, boardDocName, type CreateEventReply } from '@rembuk/shared';
import { openControl } from '../support/controlClient.js';
import { openRawSocket } from '../support/rawSocket.js';
import { joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

describe('JSON logs of a real server', () => {
  const chunks: string[] = [];
  let server: TestServer;
  let reply: CreateEventReply;

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    server = await startTestServer({ serverOptions: { logger: createJsonLogger({ nodeId: 'node-test', destination }) } });
    reply = await createTestEvent(server.url, { title: 'Rapat rahasia' });
  });
  afterAll(async () => {
    await server.close();
  });

  const lines = (): Record<string, unknown>[] =>
    chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

  it('carries the node and connection id, and never card text, keys, tickets, pseudonyms, join codes or addresses', async () => {
    const { event } = reply;
    const groupId = event.groups[0]!.id;
    const pseudonym = `Melati${Math.random().toString(36).slice(2, 8)}`;
    const board = await joinBoard(server, event, groupId, pseudonym);
    await board.synced;
    const cardText = `rahasia ${Math.random()}`;
    addCard(board.doc, { kind: 'challenge', text: cardText });
    const seat = await takeSeat(server.url, event.joinCode, groupId);
    const control = await openControl(server.url, { token: seat.ticket, eventId: event.id, groupId, pseudonym });
    // A malformed frame makes the server write a warning for that connection.
    const raw = openRawSocket(server.yjsUrl, boardDocName(event.id, groupId), seat.ticket);
    await raw.ready;
    raw.socket.send(Uint8Array.of(9, 1, 2, 3));
    await raw.closed;

    await eventually(() => expect(lines().some((line) => typeof line.connectionId === 'string')).toBe(true));
    control.disconnect();
    board.destroy();
    const written = lines();
    for (const line of written) {
      expect(line).toMatchObject({ node: 'node-test' });
      expect(typeof line.level).toBe('string');
      expect(typeof line.time).toBe('string');
    }
    const text = chunks.join('');
    for (const secret of [cardText, pseudonym, seat.ticket, board.ticket, event.joinCode, event.joinCode.replace('-', ''), reply.organizerKey, '127.0.0.1']) {
      expect(text).not.toContain(secret);
    }
  });
});
