import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, linkActionToChallenge, type CardId, type CreateEventReply, type GroupId, type WallGroup } from '@rembuk/shared';
import { latest, openControl, sendCommand, sendVote, type ControlSocket } from '../support/controlClient.js';
import { connectBoard, type BoardClient } from '../support/yjsClient.js';
import { createAccessKey, createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

/** The projector gets a filtered wall over socket.io, never the board documents. */
describe('the projector wall', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let organizer: ControlSocket;
  let projector: ControlSocket;
  let board: BoardClient;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    groupId = reply.event.groups[0]!.id;
    const { secret } = await createAccessKey(server.url, reply, { role: 'projector' });
    organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    projector = await openControl(server.url, { token: secret, eventId: reply.event.id });
    board = connectBoard(server.yjsUrl, reply.event.id, groupId, reply.organizerKey);
    await board.synced;
  });
  afterAll(async () => {
    organizer.disconnect();
    projector.disconnect();
    board.destroy();
    await server.close();
  });

  const wallOf = (group: GroupId): WallGroup | undefined => latest(projector, 'wall')()?.groups.find((candidate) => candidate.groupId === group);
  const moderate = (cardId: CardId, action: string) => sendCommand(organizer, { type: 'moderate', groupId, cardId, action });

  it('lists every group of the event, empty at first', async () => {
    await eventually(() => expect(latest(projector, 'wall')()?.groups.map((group) => group.groupId)).toEqual(reply.event.groups.map((group) => group.id)));
    expect(wallOf(groupId)).toMatchObject({ challengeCount: 0, actionCount: 0, challenges: [], otherActions: [] });
  });

  it('follows a board live, with actions under the challenges they answer', async () => {
    const challenge = addCard(board.doc, { kind: 'challenge', text: 'Perekrutan lewat media sosial' });
    const action = addCard(board.doc, { kind: 'action', text: 'Literasi digital' });
    linkActionToChallenge(board.doc, action, challenge, true);
    await eventually(() =>
      expect(wallOf(groupId)?.challenges).toEqual([
        { id: challenge, text: 'Perekrutan lewat media sosial', category: null, votes: null, agreed: false, actions: [{ id: action, text: 'Literasi digital' }] },
      ]),
    );
    expect(wallOf(groupId)).toMatchObject({ challengeCount: 1, actionCount: 1 });
  });

  it('drops what a facilitator hides or keeps off the screen, and shows it again on undo', async () => {
    const hidden = addCard(board.doc, { kind: 'challenge', text: 'Nama korban tertulis di sini' });
    const offScreen = addCard(board.doc, { kind: 'challenge', text: 'Kasus yang sedang berjalan' });
    await eventually(() => expect(wallOf(groupId)?.challengeCount).toBe(3));
    expect(await moderate(hidden, 'hide')).toEqual({ ok: true });
    expect(await moderate(offScreen, 'notForScreen')).toEqual({ ok: true });
    await eventually(() => expect(wallOf(groupId)?.challengeCount).toBe(1));
    expect(JSON.stringify(latest(projector, 'wall')())).not.toMatch(/Nama korban|Kasus yang sedang/);
    expect(await sendCommand(organizer, { type: 'undoModeration', groupId })).toEqual({ ok: true });
    await eventually(() => expect(wallOf(groupId)?.challenges.map((card) => card.text)).toContain('Kasus yang sedang berjalan'));
  });

  it('ranks agreed challenges first, and by votes only once they are revealed', async () => {
    const agreedLater = addCard(board.doc, { kind: 'challenge', text: 'Korban takut melapor' });
    await eventually(() => expect(wallOf(groupId)?.challenges.map((card) => card.id)).toContain(agreedLater));
    expect(await moderate(agreedLater, 'agree')).toEqual({ ok: true });
    await eventually(() => expect(wallOf(groupId)?.challenges[0]).toMatchObject({ id: agreedLater, agreed: true, votes: null }));

    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'vote' })).toEqual({ ok: true });
    const seat = await takeSeat(server.url, reply.event.joinCode, groupId);
    const participant = await openControl(server.url, { token: seat.ticket, eventId: reply.event.id });
    const first = wallOf(groupId)!.challenges.find((card) => card.text === 'Perekrutan lewat media sosial')!.id;
    expect(await sendVote(participant, first, 1)).toEqual({ ok: true });
    expect(await sendVote(participant, first, 1)).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Cast but not revealed: the wall neither shows nor ranks by them.
    expect(wallOf(groupId)?.challenges[0]?.id).toBe(agreedLater);
    expect(wallOf(groupId)?.challenges.every((card) => card.votes === null)).toBe(true);

    expect(await sendCommand(organizer, { type: 'revealVotes', scope: { kind: 'group', groupId }, revealed: true })).toEqual({ ok: true });
    await eventually(() => expect(wallOf(groupId)?.challenges[0]).toMatchObject({ id: first, votes: 2 }));
    participant.disconnect();
  });

  it('is sent to projectors, and to organizers and facilitators only on a socket that asks for it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(latest(organizer, 'wall')()).toBeNull();

    // A facilitator of one group projects the wall itself: every group, and every group's phase.
    const other = reply.event.groups[1]!.id;
    const { secret } = await createAccessKey(server.url, reply, { role: 'facilitator', groupIds: [other] });
    const screen = await openControl(server.url, { token: secret, eventId: reply.event.id, wall: true });
    await eventually(() => expect(latest(screen, 'wall')()?.groups.find((group) => group.groupId === groupId)?.challengeCount).toBeGreaterThan(0));
    expect(latest(screen, 'session')()?.groups.map((group) => group.groupId)).toEqual(reply.event.groups.map((group) => group.id));
    // A wall screen runs nothing: no dashboard for it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(latest(screen, 'dashboard')()).toBeNull();
    screen.disconnect();
  });

  it('is refused to participants, and to a socket that also names a board', async () => {
    const seat = await takeSeat(server.url, reply.event.joinCode, groupId);
    await expect(openControl(server.url, { token: seat.ticket, eventId: reply.event.id, wall: true })).rejects.toThrow('forbidden');
    await expect(openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id, wall: true, groupId })).rejects.toThrow('invalid_handshake');
  });
});
