import { afterEach, describe, expect, it } from 'vitest';
import type { GroupId, SessionView } from '@rembuk/shared';
import { latest, openControl, sendCommand, type ControlSocket } from '../support/controlClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

const groupOf = (view: SessionView | null, groupId: string) => view?.groups.find((group) => group.groupId === groupId);

describe('closing a group', () => {
  let server: TestServer | null = null;
  const sockets: ControlSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server?.close();
    server = null;
  });

  it('ends its countdown for everyone, and the deadline passing later changes nothing', async () => {
    server = await startTestServer();
    const reply = await createTestEvent(server.url, { title: 'Rapat uji', groups: ['NTT', 'Jawa'] });
    const [ntt, jawa] = reply.event.groups.map((group) => group.id) as [GroupId, GroupId];
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, ntt);
    const phone = await openControl(server.url, { token: ticket, eventId: reply.event.id });
    sockets.push(organizer, phone);
    const phoneSees = latest(phone, 'session');
    const organizerSees = latest(organizer, 'session');

    // A lock-at-zero countdown for the whole event, then one group closes while it runs.
    expect(await sendCommand(organizer, { type: 'startTimer', scope: { kind: 'event' }, durationMs: 60_000, onZero: 'lock' })).toEqual({ ok: true });
    await eventually(() => expect(groupOf(phoneSees(), ntt)?.timer.kind).toBe('running'));
    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'group', groupId: ntt }, phase: 'closed' })).toEqual({ ok: true });
    await eventually(() => expect(groupOf(phoneSees(), ntt)).toMatchObject({ phase: 'closed', timer: { kind: 'idle' } }));
    // The other group keeps its countdown.
    expect(groupOf(organizerSees(), jawa)?.timer.kind).toBe('running');

    // Past the old deadline (taken down to a fraction of a second), the closed group neither expires nor locks.
    expect(await sendCommand(organizer, { type: 'addTime', scope: { kind: 'event' }, ms: -59_800 })).toEqual({ ok: true });
    await eventually(() => expect(groupOf(organizerSees(), jawa)?.timer.kind).toBe('expired'), 3_000);
    expect(groupOf(organizerSees(), ntt)).toMatchObject({ phase: 'closed', timer: { kind: 'idle' }, locked: false });
  });
});
