import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CreateEventReply } from '@rembuk/shared';
import { latest, openControl, type ControlSocket } from '../support/controlClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

describe('presence over socket.io', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  const sockets: ControlSocket[] = [];

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

  async function join(auth: Record<string, unknown>): Promise<ControlSocket> {
    const socket = await openControl(server.url, auth);
    sockets.push(socket);
    return socket;
  }

  /** A participant device: a seat in the group, then a socket with its ticket. */
  async function participant(groupId: string, pseudonym?: string): Promise<ControlSocket> {
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, groupId);
    return join({ token: ticket, eventId: reply.event.id, groupId, ...(pseudonym ? { pseudonym } : {}) });
  }

  it('tells a group how many are online and their pseudonyms, and updates when one leaves', async () => {
    const { event } = reply;
    const group = event.groups[0]!.id;
    const first = await participant(group, 'Melati');
    const seen = latest(first, 'presence');
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
    const seen = latest(member, 'presence');
    await eventually(() => expect(seen()?.count).toBe(1));
    const organizer = await join({ token: reply.organizerKey, eventId: event.id, groupId: group });
    const organizerSees = latest(organizer, 'presence');
    await eventually(() => expect(organizerSees()).toEqual({ groupId: group, count: 1, pseudonyms: [] }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen()?.count).toBe(1);
  });

  it('does not tell another group', async () => {
    const { event } = reply;
    const elsewhere = await participant(event.groups[1]!.id);
    const seen = latest(elsewhere, 'presence');
    await participant(event.groups[2]!.id, 'Tamu');
    await eventually(() => expect(seen()?.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen()).toEqual({ groupId: event.groups[1]!.id, count: 1, pseudonyms: [] });
  });

  it('gives organizers every group at once', async () => {
    const { event } = reply;
    const organizer = await join({ token: reply.organizerKey, eventId: event.id });
    const all = latest(organizer, 'eventPresence');
    await participant(event.groups[4]!.id);
    await eventually(() => expect(all()?.find((group) => group.groupId === event.groups[4]!.id)?.count).toBe(1));
    expect(all()).toHaveLength(event.groups.length);
  });

  it.each([
    ['a malformed handshake', { token: 42 }, 'invalid_handshake'],
    ['a wrong join code', { token: 'AAAA-AAAA', eventId: 'aaaaaaaaaaaaaaaa', groupId: 'aaaaaaaa' }, 'notFound'],
  ])('refuses %s', async (_name, auth, message) => {
    await expect(join(auth)).rejects.toThrow(message);
  });

  it('refuses a participant who asks for another group’s board, and ignores a bad pseudonym payload', async () => {
    const { event } = reply;
    const { ticket } = await takeSeat(server.url, event.joinCode, event.groups[5]!.id);
    await expect(join({ token: ticket, eventId: event.id, groupId: event.groups[6]!.id })).rejects.toThrow('forbidden');
    await expect(join({ token: event.joinCode, eventId: event.id, groupId: event.groups[5]!.id })).rejects.toThrow('unauthorized');

    const member = await participant(event.groups[5]!.id);
    const failure = new Promise<{ reason: string }>((resolve) => member.on('failure', resolve));
    member.emit('setPseudonym', { pseudonym: 'x'.repeat(500) });
    expect((await failure).reason).toBe('invalid_body');
  });
});
