import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { latest, openControl, sendCommand, sendVote, type ControlSocket } from '../support/controlClient.js';
import { joinBoard } from '../support/yjsClient.js';
import { createAccessKey, createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

describe('the facilitator dashboard', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  const sockets: ControlSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url, { title: 'Dasbor', groups: ['NTT', 'Jawa', 'Papua'] });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server.close();
  });

  it('shows each group it runs live: online, cards per column, votes, idle time, phase and timer', async () => {
    const [ntt, jawa] = reply.event.groups.map((group) => group.id) as [GroupId, GroupId];
    const { secret } = await createAccessKey(server.url, reply, { role: 'facilitator', groupIds: [ntt, jawa] });
    const facilitator = await openControl(server.url, { token: secret, eventId: reply.event.id });
    sockets.push(facilitator);
    const rows = latest(facilitator, 'dashboard');
    await eventually(() => expect(rows()?.map((row) => row.groupId)).toEqual([ntt, jawa]));
    // The organizer runs every group: the rows are built once for all, and each runner gets only its own groups.
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    sockets.push(organizer);

    const participant = await joinBoard(server, reply.event, ntt);
    await participant.synced;
    const phone = await openControl(server.url, { token: participant.ticket, eventId: reply.event.id });
    sockets.push(phone);
    const card = addCard(participant.doc, { kind: 'challenge', text: 'Perekrutan' });
    addCard(participant.doc, { kind: 'action', text: 'Sosialisasi' });
    await eventually(() =>
      expect(rows()?.find((row) => row.groupId === ntt)).toMatchObject({ online: 1, challenges: 1, actions: 1, votesCast: 0 }),
    );
    expect(rows()?.find((row) => row.groupId === ntt)?.idleMs).toBeGreaterThanOrEqual(0);
    expect(rows()?.find((row) => row.groupId === jawa)).toMatchObject({ online: 0, challenges: 0, idleMs: null });

    expect(await sendCommand(facilitator, { type: 'setPhase', scope: { kind: 'group', groupId: ntt }, phase: 'vote' })).toEqual({ ok: true });
    expect(await sendCommand(facilitator, { type: 'startTimer', scope: { kind: 'group', groupId: ntt }, durationMs: 60_000, onZero: 'notify' })).toEqual({ ok: true });
    expect(await sendVote(phone, card, 1)).toEqual({ ok: true });
    await eventually(() =>
      expect(rows()?.find((row) => row.groupId === ntt)).toMatchObject({ votesCast: 1, session: { phase: 'vote', timer: { kind: 'running' } } }),
    );
    expect(rows()?.map((row) => row.groupId)).toEqual([ntt, jawa]);
    expect(latest(organizer, 'dashboard')()?.map((row) => row.groupId)).toEqual(reply.event.groups.map((group) => group.id));
    expect(latest(organizer, 'dashboard')()?.find((row) => row.groupId === ntt)).toMatchObject({ votesCast: 1 });
    participant.destroy();
  });
});
