import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, CreateEventReply, GroupPresence, ServerToClientEvents } from '@rembuk/shared';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

type PresenceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('presence over socket.io', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  const sockets: PresenceSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(async () => {
    await server.close();
  });

  function join(auth: Record<string, unknown>): PresenceSocket {
    const socket: PresenceSocket = io(server.url, { auth, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    return socket;
  }

  /** A participant device: a seat in the group, then a socket with its ticket. */
  async function participant(groupId: string, pseudonym?: string): Promise<PresenceSocket> {
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, groupId);
    return join({ token: ticket, eventId: reply.event.id, groupId, ...(pseudonym ? { pseudonym } : {}) });
  }

  function latestPresence(socket: PresenceSocket): () => GroupPresence | null {
    let latest: GroupPresence | null = null;
    socket.on('presence', (presence) => {
      latest = presence;
    });
    return () => latest;
  }

  it('tells a group how many are online and their pseudonyms, and updates when one leaves', async () => {
    const { event } = reply;
    const group = event.groups[0]!.id;
    const first = await participant(group, 'Melati');
    const seen = latestPresence(first);
    const second = await participant(group);
    const third = await participant(group, 'Anggrek');
    await eventually(() => expect(seen()).toEqual({ groupId: group, count: 3, pseudonyms: ['Anggrek', 'Melati'] }));
    third.disconnect();
    second.emit('setPseudonym', { pseudonym: 'Kenanga' });
    await eventually(() => expect(seen()).toEqual({ groupId: group, count: 2, pseudonyms: ['Kenanga', 'Melati'] }));
  });

  it('shows organizers the group’s presence without counting them as members', async () => {
    const { event } = reply;
    const group = event.groups[6]!.id;
    const member = await participant(group);
    const seen = latestPresence(member);
    await eventually(() => expect(seen()?.count).toBe(1));
    const organizer = join({ token: reply.organizerKey, eventId: event.id, groupId: group });
    const organizerSees = latestPresence(organizer);
    await eventually(() => expect(organizerSees()).toEqual({ groupId: group, count: 1, pseudonyms: [] }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen()?.count).toBe(1);
  });

  it('does not tell another group', async () => {
    const { event } = reply;
    const elsewhere = await participant(event.groups[1]!.id);
    const seen = latestPresence(elsewhere);
    await participant(event.groups[2]!.id, 'Tamu');
    await eventually(() => expect(seen()?.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen()).toEqual({ groupId: event.groups[1]!.id, count: 1, pseudonyms: [] });
  });

  it('gives organizers every group at once', async () => {
    const { event } = reply;
    const organizer = join({ token: reply.organizerKey, eventId: event.id });
    let all: GroupPresence[] = [];
    organizer.on('eventPresence', (groups) => {
      all = groups;
    });
    await participant(event.groups[4]!.id);
    await eventually(() => expect(all.find((group) => group.groupId === event.groups[4]!.id)?.count).toBe(1));
    expect(all).toHaveLength(event.groups.length);
  });

  it.each([
    ['a malformed handshake', { token: 42 }, 'invalid_handshake'],
    ['a wrong join code', { token: 'AAAA-AAAA', eventId: 'aaaaaaaaaaaaaaaa', groupId: 'aaaaaaaa' }, 'notFound'],
  ])('refuses %s', async (_name, auth, message) => {
    const socket = join(auth);
    const error = await new Promise<Error>((resolve) => socket.on('connect_error', resolve));
    expect(error.message).toBe(message);
  });

  it('refuses a participant who asks for another group’s board, and ignores a bad pseudonym payload', async () => {
    const { event } = reply;
    const { ticket } = await takeSeat(server.url, event.joinCode, event.groups[5]!.id);
    const socket = join({ token: ticket, eventId: event.id, groupId: event.groups[6]!.id });
    const error = await new Promise<Error>((resolve) => socket.on('connect_error', resolve));
    expect(error.message).toBe('forbidden');
    const byCode = join({ token: event.joinCode, eventId: event.id, groupId: event.groups[5]!.id });
    expect((await new Promise<Error>((resolve) => byCode.on('connect_error', resolve))).message).toBe('unauthorized');

    const member = await participant(event.groups[5]!.id);
    const failure = new Promise<{ reason: string }>((resolve) => member.on('failure', resolve));
    member.emit('setPseudonym', { pseudonym: 'x'.repeat(500) });
    expect((await failure).reason).toBe('invalid_body');
  });
});
