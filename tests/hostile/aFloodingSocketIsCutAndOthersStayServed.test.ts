import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage } from '@rembuk/server';
import { LIMITS, addCard, type CardId, type CommandReply, type CreateEventReply, type EventId, type GroupId } from '@rembuk/shared';
import { commandOk, openControl, sendVote, type ControlSocket } from '../support/controlClient.js';
import { connectBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, untilServerHas, type TestServer } from '../support/testServer.js';

/** Many times the burst: what a script sends in a moment (the issue saw 67,000 votes from one socket). */
const FLOOD = 5_000;

/** Counts the votes the server actually wrote, per event: a vote that was handled, not merely received. */
class CountingStorage extends MemoryStorage {
  private readonly written = new Map<string, number>();

  override async setVotes(eventId: EventId, groupId: string, cardId: string, deviceId: string, count: number): Promise<void> {
    this.written.set(eventId, (this.written.get(eventId) ?? 0) + 1);
    return super.setVotes(eventId, groupId, cardId, deviceId, count);
  }

  votesWritten(eventId: EventId): number {
    return this.written.get(eventId) ?? 0;
  }
}

interface VotingEvent {
  reply: CreateEventReply;
  groupId: GroupId;
  card: CardId;
  organizer: ControlSocket;
  board: BoardClient;
}

describe('a socket that floods the control plane', () => {
  const storage = new CountingStorage();
  let server: TestServer;
  let attacked: VotingEvent;
  let quiet: VotingEvent;
  const sockets: ControlSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer({ storage });
    attacked = await votingEvent('Rapat yang diserang');
    quiet = await votingEvent('Rapat lain');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    for (const event of [attacked, quiet]) {
      event.organizer.disconnect();
      event.board.destroy();
    }
    await server.close();
  });

  async function votingEvent(title: string): Promise<VotingEvent> {
    const reply = await createTestEvent(server.url, { title });
    const groupId = reply.event.groups[0]!.id;
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    const board = connectBoard(server.yjsUrl, reply.event.id, groupId, reply.organizerKey);
    await board.synced;
    const card = addCard(board.doc, { kind: 'challenge', text: 'Air bersih' });
    await untilServerHas(server, reply.event.id, groupId, [card]);
    await commandOk(organizer, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'vote' });
    return { reply, groupId, card, organizer, board };
  }

  async function participant(event: VotingEvent): Promise<ControlSocket> {
    const seat = await takeSeat(server.url, event.reply.event.joinCode, event.groupId);
    const socket = await openControl(server.url, { token: seat.ticket, eventId: event.reply.event.id });
    sockets.push(socket);
    return socket;
  }

  /** Send the whole flood at once, without waiting for a reply; collect the replies and the `failure` events. */
  function flood(socket: ControlSocket, event: 'vote' | 'command', payload: (index: number) => unknown): { replies: CommandReply[]; failures: unknown[] } {
    const replies: CommandReply[] = [];
    const failures: unknown[] = [];
    socket.on('failure', (failure) => failures.push(failure));
    for (let index = 0; index < FLOOD; index++) socket.emit(event, payload(index), (reply: CommandReply) => replies.push(reply));
    return { replies, failures };
  }

  /** The events one socket may have handled since `startedAt`: the burst, plus what the rate refilled meanwhile. */
  function budgetSince(startedAt: number): number {
    return LIMITS.socketEventBurst + Math.ceil((LIMITS.socketEventsPerSecond * (Date.now() - startedAt)) / 1000);
  }

  it('counts no more votes than its event budget, is cut, and another event keeps voting', async () => {
    const attacker = await participant(attacked);
    const neighbour = await participant(quiet);
    const startedAt = Date.now();
    const { replies, failures } = flood(attacker, 'vote', (index) => ({ cardId: attacked.card, delta: index % 2 === 0 ? 1 : -1 }));

    // While the flood arrives, a participant of another event votes and takes the dot back, reply by reply.
    for (let round = 0; round < 10; round++) {
      expect(await sendVote(neighbour, quiet.card, round % 2 === 0 ? 1 : -1)).toEqual({ ok: true });
    }
    const attackerVotesWhileNeighbourVoted = storage.votesWritten(attacked.reply.event.id);

    // Either the server cut the socket, or (without a budget) it answered every vote of the flood.
    await eventually(() => expect(!attacker.connected || replies.length === FLOOD).toBe(true), 30_000);
    const budget = budgetSince(startedAt);
    expect(attackerVotesWhileNeighbourVoted).toBeLessThanOrEqual(budget);
    expect(storage.votesWritten(attacked.reply.event.id)).toBeLessThanOrEqual(budget);
    expect(replies.length).toBeLessThanOrEqual(budget);
    expect(attacker.connected).toBe(false);
    expect(failures).toEqual([{ reason: 'rate_limited', message: expect.any(String) }]);
    // Votes sent without waiting for their replies are refused at once, not queued behind the first few.
    const reasons = replies.flatMap((reply) => (reply.ok ? [] : [reply.reason]));
    expect(reasons).toContain('too_many_in_flight');
    // What else a handled vote may meet: its +1 or -1 partner was the one refused.
    expect(reasons.filter((reason) => !['too_many_in_flight', 'not_found', 'budget_exhausted'].includes(reason))).toEqual([]);
    expect(storage.votesWritten(quiet.reply.event.id)).toBe(10);
  });

  it('answers no more forbidden commands than its event budget, is cut, and another event keeps running', async () => {
    const attacker = await participant(attacked);
    const startedAt = Date.now();
    const { replies, failures } = flood(attacker, 'command', () => ({ type: 'setPhase', scope: { kind: 'event' }, phase: 'write' }));

    for (let round = 0; round < 10; round++) {
      await commandOk(quiet.organizer, { type: 'setLocked', scope: { kind: 'group', groupId: quiet.groupId }, locked: round % 2 === 0 });
    }

    await eventually(() => expect(!attacker.connected || replies.length === FLOOD).toBe(true), 30_000);
    expect(replies.length).toBeLessThanOrEqual(budgetSince(startedAt));
    expect(attacker.connected).toBe(false);
    expect(failures).toEqual([{ reason: 'rate_limited', message: expect.any(String) }]);
    const reasons = replies.map((reply) => (reply.ok ? 'ok' : reply.reason));
    expect(reasons).toContain('too_many_in_flight');
    expect(reasons.filter((reason) => reason !== 'forbidden' && reason !== 'too_many_in_flight')).toEqual([]);
  });

  it('never cuts a socket that waits for each reply', async () => {
    const honest = await participant(attacked);
    for (let round = 0; round < LIMITS.socketEventBurst / 2; round++) {
      expect(await sendVote(honest, attacked.card, round % 2 === 0 ? 1 : -1)).toEqual({ ok: true });
    }
    expect(honest.connected).toBe(true);
  });
});
