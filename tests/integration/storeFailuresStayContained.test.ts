import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage } from '@rembuk/server';
import type { VoteRow } from '@rembuk/server';
import type { CreateEventReply, EventId } from '@rembuk/shared';
import { latest, openControl } from '../support/controlClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

/** A store whose vote reads fail while `failing` is set: a disk error, made deterministic. */
class FailingVotesStorage extends MemoryStorage {
  failing = false;

  override async listVotes(eventId: EventId, groupId: string): Promise<VoteRow[]> {
    if (this.failing) throw new Error('disk I/O error');
    return super.listVotes(eventId, groupId);
  }
}

// vitest fails the run on an unhandled rejection: these tests would fail if a failed read escaped.
describe('a failing store read', () => {
  const storage = new FailingVotesStorage();
  let server: TestServer;
  let reply: CreateEventReply;

  beforeAll(async () => {
    server = await startTestServer({ storage });
    reply = await createTestEvent(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  it('costs the affected message only: the socket still gets its session, and the server keeps serving', async () => {
    const groupId = reply.event.groups[0]!.id;
    const seat = await takeSeat(server.url, reply.event.joinCode, groupId);
    storage.failing = true;
    const participant = await openControl(server.url, { token: seat.ticket, eventId: reply.event.id });
    const dashboard = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    await eventually(() => expect(latest(participant, 'session')()).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(latest(participant, 'votes')()).toBeNull();
    expect(latest(dashboard, 'dashboard')()).toBeNull();

    storage.failing = false;
    const again = await openControl(server.url, { token: seat.ticket, eventId: reply.event.id });
    await eventually(() => expect(latest(again, 'votes')()?.groupId).toBe(groupId));
    for (const socket of [participant, dashboard, again]) socket.disconnect();
  });
});
