import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, type CardId, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { latest, openControl, sendCommand, sendVote, type ControlSocket } from '../support/controlClient.js';
import { connectBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, untilServerHas, type TestServer } from '../support/testServer.js';

describe('dot voting', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let organizer: ControlSocket;
  let board: BoardClient;
  let cards: CardId[];
  const sockets: ControlSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    groupId = reply.event.groups[0]!.id;
    const settings = await fetch(`${server.url}/api/events/${reply.event.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${reply.organizerKey}` },
      body: JSON.stringify({ votesPerParticipant: 3, votesPerCard: 2 }),
    });
    expect(settings.status).toBe(200);
    organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id, groupId });
    board = connectBoard(server.yjsUrl, reply.event.id, groupId, reply.organizerKey);
    await board.synced;
    cards = ['Calo', 'Data', 'Rumah aman'].map((text) => addCard(board.doc, { kind: 'challenge', text }));
    await untilServerHas(server, reply.event.id, groupId, cards);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    organizer.disconnect();
    board.destroy();
    await server.close();
  });

  async function phone(ticket?: string): Promise<{ socket: ControlSocket; ticket: string }> {
    const seat = ticket ? { ticket } : await takeSeat(server.url, reply.event.joinCode, groupId);
    const socket = await openControl(server.url, { token: seat.ticket, eventId: reply.event.id });
    sockets.push(socket);
    return { socket, ticket: seat.ticket };
  }

  it('takes votes only in the vote phase', async () => {
    const { socket } = await phone();
    expect(await sendVote(socket, cards[0]!, 1)).toMatchObject({ ok: false, reason: 'wrong_phase' });
    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'vote' })).toEqual({ ok: true });
    expect(await sendVote(socket, cards[0]!, 1)).toEqual({ ok: true });
  });

  it('enforces the per-card and per-participant budgets, and lets a participant take a dot back', async () => {
    const { socket } = await phone();
    expect(await sendVote(socket, cards[0]!, 1)).toEqual({ ok: true });
    expect(await sendVote(socket, cards[0]!, 1)).toEqual({ ok: true });
    expect(await sendVote(socket, cards[0]!, 1)).toMatchObject({ ok: false, reason: 'budget_exhausted' });
    expect(await sendVote(socket, cards[1]!, 1)).toEqual({ ok: true });
    expect(await sendVote(socket, cards[2]!, 1)).toMatchObject({ ok: false, reason: 'budget_exhausted' });
    expect(await sendVote(socket, cards[0]!, -1)).toEqual({ ok: true });
    expect(await sendVote(socket, cards[2]!, 1)).toEqual({ ok: true });
    expect(await sendVote(socket, cards[2]!, -1)).toEqual({ ok: true });
    expect(await sendVote(socket, cards[2]!, -1)).toMatchObject({ ok: false, reason: 'not_found' });
    expect(await sendVote(socket, 'zzzzzzzzzzzzzzzz', 1)).toMatchObject({ ok: false, reason: 'not_found' });
    const mine = latest(socket, 'votes');
    await eventually(() => expect(mine()?.mine).toEqual({ [cards[0]!]: 1, [cards[1]!]: 1 }));
  });

  it('hides totals from participants until revealed, while facilitators always see them', async () => {
    const { socket } = await phone();
    const seen = latest(socket, 'votes');
    const runnerSees = latest(organizer, 'votes');
    await eventually(() => expect(seen()).not.toBeNull());
    expect(seen()!.totals).toBeNull();
    await eventually(() => expect(runnerSees()?.totals?.[cards[0]!]).toBeGreaterThan(0));
    expect(await sendCommand(organizer, { type: 'revealVotes', scope: { kind: 'group', groupId }, revealed: true })).toEqual({ ok: true });
    await eventually(() => expect(seen()?.totals).toEqual(runnerSees()?.totals));
    expect(seen()!.voters).toBeGreaterThanOrEqual(2);
  });

  it('keeps a device’s dots and budget when it reconnects mid-vote', async () => {
    const first = await phone();
    expect(await sendVote(first.socket, cards[1]!, 1)).toEqual({ ok: true });
    first.socket.disconnect();
    const again = await phone(first.ticket);
    const seen = latest(again.socket, 'votes');
    await eventually(() => expect(seen()?.mine).toEqual({ [cards[1]!]: 1 }));
    expect(await sendVote(again.socket, cards[1]!, 1)).toEqual({ ok: true });
    expect(await sendVote(again.socket, cards[1]!, 1)).toMatchObject({ ok: false, reason: 'budget_exhausted' });
  });

  it('lets a dot be taken back from a card hidden since, and applies a budget changed mid-session', async () => {
    const { socket } = await phone();
    const extra = addCard(board.doc, { kind: 'challenge', text: 'akan disembunyikan' });
    await untilServerHas(server, reply.event.id, groupId, [extra]);
    expect(await sendVote(socket, extra, 1)).toEqual({ ok: true });
    expect(await sendCommand(organizer, { type: 'moderate', groupId, cardId: extra, action: 'hide' })).toEqual({ ok: true });
    expect(await sendVote(socket, extra, 1)).toMatchObject({ ok: false, reason: 'not_found' });
    expect(await sendVote(socket, extra, -1)).toEqual({ ok: true });

    const patch = (body: Record<string, unknown>) =>
      fetch(`${server.url}/api/events/${reply.event.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${reply.organizerKey}` },
        body: JSON.stringify(body),
      });
    expect((await patch({ votesPerParticipant: 1 })).status).toBe(200);
    expect(await sendVote(socket, cards[2]!, 1)).toEqual({ ok: true });
    expect(await sendVote(socket, cards[1]!, 1)).toMatchObject({ ok: false, reason: 'budget_exhausted' });
    const seen = latest(socket, 'votes');
    await eventually(() => expect(seen()?.budget.perParticipant).toBe(1));
    expect((await patch({ votesPerParticipant: 3 })).status).toBe(200);
  });

  it('keeps a device’s ticket when it switches groups, and stores no person with a vote', async () => {
    const first = await phone();
    // A dot of its own, so the rows read below are not only what earlier tests left.
    expect(await sendVote(first.socket, cards[0]!, 1)).toEqual({ ok: true });
    const moved = await takeSeat(server.url, reply.event.joinCode, reply.event.groups[1]!.id, first.ticket);
    expect(moved.ticket).toBe(first.ticket);
    const votes = await server.storage.listVotes(reply.event.id, groupId);
    expect(votes.some((row) => row.cardId === cards[0])).toBe(true);
    for (const row of votes) expect(Object.keys(row).sort()).toEqual(['cardId', 'count', 'deviceId']);
  });
});
