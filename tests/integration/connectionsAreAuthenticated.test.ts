import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, boardDocName } from '@rembuk/shared';
import { openRawSocket } from '../support/rawSocket.js';
import { connectBoard } from '../support/yjsClient.js';
import { createTestEvent, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';
import type { CreateEventReply } from '@rembuk/shared';

describe('the Yjs endpoint authenticates every connection at the upgrade', () => {
  let server: TestServer;
  let mine: CreateEventReply;
  let other: CreateEventReply;

  beforeAll(async () => {
    server = await startTestServer();
    mine = await createTestEvent(server.url);
    other = await createTestEvent(server.url, { title: 'Acara lain' });
  });
  afterAll(async () => {
    await server.close();
  });

  const docOf = (reply: CreateEventReply) => boardDocName(reply.event.id, reply.event.groups[0]!.id);

  it('refuses a connection without a token with the final code 4401', async () => {
    const raw = openRawSocket(server.yjsUrl, docOf(mine), null);
    expect(await raw.closed).toBe(CLOSE_CODES.unauthorized);
  });

  it('refuses an unknown token with 4401', async () => {
    const raw = openRawSocket(server.yjsUrl, docOf(mine), 'AAAA-BBBB');
    expect(await raw.closed).toBe(CLOSE_CODES.unauthorized);
  });

  it('refuses the bare join code with 4401: participants connect with the ticket of their seat', async () => {
    const raw = openRawSocket(server.yjsUrl, docOf(mine), mine.event.joinCode);
    expect(await raw.closed).toBe(CLOSE_CODES.unauthorized);
  });

  it('refuses another event’s ticket with 4403 and its organizer key with 4401', async () => {
    const { ticket } = await takeSeat(server.url, other.event.joinCode, other.event.groups[0]!.id);
    const withTicket = openRawSocket(server.yjsUrl, docOf(mine), ticket);
    expect(await withTicket.closed).toBe(CLOSE_CODES.forbidden);
    const withKey = openRawSocket(server.yjsUrl, docOf(mine), other.organizerKey);
    expect(await withKey.closed).toBe(CLOSE_CODES.unauthorized);
  });

  it('refuses a forged ticket with 4401', async () => {
    const { ticket } = await takeSeat(server.url, mine.event.joinCode, mine.event.groups[0]!.id);
    const forged = ticket.slice(0, -3) + (ticket.endsWith('AAA') ? 'BBB' : 'AAA');
    const raw = openRawSocket(server.yjsUrl, docOf(mine), forged);
    expect(await raw.closed).toBe(CLOSE_CODES.unauthorized);
  });

  it('refuses a participant on another group’s board with 4403', async () => {
    const { ticket } = await takeSeat(server.url, mine.event.joinCode, mine.event.groups[1]!.id);
    const raw = openRawSocket(server.yjsUrl, docOf(mine), ticket);
    expect(await raw.closed).toBe(CLOSE_CODES.forbidden);
  });

  it('refuses a group that is not in the event, and a malformed board name, with 4404', async () => {
    const wrongGroup = openRawSocket(server.yjsUrl, boardDocName(mine.event.id, other.event.groups[0]!.id), mine.organizerKey);
    expect(await wrongGroup.closed).toBe(CLOSE_CODES.boardNotFound);
    const badName = openRawSocket(server.yjsUrl, 'not-a-board', mine.organizerKey);
    expect(await badName.closed).toBe(CLOSE_CODES.boardNotFound);
  });

  it('refuses a board name with broken percent-encoding with 4404', async () => {
    const raw = openRawSocket(server.yjsUrl, '%E0%A4%A', mine.organizerKey);
    expect(await raw.closed).toBe(CLOSE_CODES.boardNotFound);
  });

  it('survives an upgrade request whose URL cannot be parsed', async () => {
    const { connect } = await import('node:net');
    const socket = connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      'GET http://[/yjs/x HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    const answer = await new Promise<string>((resolve) => socket.once('data', (data: Buffer) => resolve(data.toString())));
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('makes the y-websocket client give up for good instead of retrying', async () => {
    const client = connectBoard(server.yjsUrl, mine.event.id, mine.event.groups[0]!.id, 'WRONG-KEY');
    await expect(client.synced).rejects.toThrow(/4401/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.closeCodes).toEqual([CLOSE_CODES.unauthorized]);
    client.destroy();
  });

  it('lets a ticket open its own group’s board and the organizer key open any', async () => {
    const { ticket } = await takeSeat(server.url, mine.event.joinCode, mine.event.groups[2]!.id);
    for (const token of [ticket, mine.organizerKey]) {
      const client = connectBoard(server.yjsUrl, mine.event.id, mine.event.groups[2]!.id, token);
      await client.synced;
      client.destroy();
    }
  });
});
