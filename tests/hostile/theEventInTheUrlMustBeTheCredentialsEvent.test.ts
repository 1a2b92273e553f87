// A balancer routes on the event id in the URL (`?event=`, issue 13): a client that names one event there and
// another in its credentials must not be served, or it could reach an event on a node that does not own it.
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateEventReply } from '@rembuk/shared';
import { createTestEvent, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

function handshake(url: string, auth: Record<string, unknown>, query?: Record<string, string>): Promise<string> {
  const socket = io(url, { auth, ...(query ? { query } : {}), transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      socket.disconnect();
      resolve('connected');
    });
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

describe('the event in the URL must be the event of the credentials', () => {
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

  it('refuses a socket.io handshake whose ?event= names another event', async () => {
    const auth = { token: mine.organizerKey, eventId: mine.event.id };
    expect(await handshake(server.url, auth, { event: other.event.id })).toBe('invalid_handshake');
    expect(await handshake(server.url, auth, { event: `${mine.event.id}x` })).toBe('invalid_handshake');
    expect(await handshake(server.url, auth, { event: mine.event.id })).toBe('connected');
    // A single server accepts old clients that do not send it; several nodes require it.
    expect(await handshake(server.url, auth)).toBe('connected');
  });

  it('refuses a seat whose ?event= is not the event of the join code', async () => {
    const groupId = mine.event.groups[0]!.id;
    const refused = await fetch(`${server.url}/api/join/${mine.event.joinCode}/seat?event=${other.event.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ groupId }),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe('invalid_query');
    const repeated = await fetch(`${server.url}/api/join/${mine.event.joinCode}/seat?event=${mine.event.id}&event=${mine.event.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ groupId }),
    });
    expect(repeated.status).toBe(400);
    const accepted = await fetch(`${server.url}/api/join/${mine.event.joinCode}/seat?event=${mine.event.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ groupId }),
    });
    expect(accepted.status).toBe(201);
    expect((await takeSeat(server.url, mine.event.joinCode, groupId)).ticket).toBeTruthy();
  });
});
