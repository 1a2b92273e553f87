import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCard, deleteCard, editCardText, linkActionToChallenge, readBoard, type CreateEventReply, type GroupId, type SessionView } from '@rembuk/shared';
import { latest, openControl, sendCommand, type ControlSocket } from '../support/controlClient.js';
import { connectBoard, joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

describe('phases, locks and countdowns', () => {
  let server: TestServer | null = null;
  const sockets: ControlSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server?.close();
    server = null;
  });

  async function setup(dataDir?: string): Promise<{ server: TestServer; reply: CreateEventReply; groupId: GroupId; organizer: ControlSocket }> {
    server = await startTestServer(dataDir ? { dataDir } : {});
    const reply = await createTestEvent(server.url);
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    sockets.push(organizer);
    return { server, reply, groupId: reply.event.groups[0]!.id, organizer };
  }

  const groupOf = (view: SessionView | null, groupId: string) => view?.groups.find((group) => group.groupId === groupId);

  it('refuses participant writes in the vote and closed phases and while locked, and lets the facilitator write', async () => {
    const { server, reply, groupId, organizer } = await setup();
    const observer = connectBoard(server.yjsUrl, reply.event.id, groupId, reply.organizerKey);
    const participant = await joinBoard(server, reply.event, groupId);
    await Promise.all([observer.synced, participant.synced]);
    const texts = () => readBoard(observer.doc).challenges.map((card) => card.text);

    for (const [change, label] of [
      [{ type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'vote' }, 'saat voting'],
      [{ type: 'setPhase', scope: { kind: 'event' }, phase: 'closed' }, 'setelah ditutup'],
      [{ type: 'setPhase', scope: { kind: 'event' }, phase: 'write' }, null],
      [{ type: 'setLocked', scope: { kind: 'group', groupId }, locked: true }, 'saat dikunci'],
    ] as const) {
      expect(await sendCommand(organizer, change)).toEqual({ ok: true });
      if (label === null) continue;
      addCard(participant.doc, { kind: 'challenge', text: label });
      addCard(observer.doc, { kind: 'action', text: `fasilitator ${label}` });
      await eventually(() => expect(readBoard(observer.doc).actions.map((card) => card.text)).toContain(`fasilitator ${label}`));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(texts()).not.toContain(label);
    }

    expect(await sendCommand(organizer, { type: 'setLocked', scope: { kind: 'group', groupId }, locked: false })).toEqual({ ok: true });
    addCard(participant.doc, { kind: 'challenge', text: 'dibuka lagi' });
    await eventually(() => expect(texts()).toContain('dibuka lagi'));
    observer.destroy();
    participant.destroy();
  });

  it('lets participants withdraw cards in the vote phase but not edit them, and nothing once closed', async () => {
    const { server, reply, groupId, organizer } = await setup();
    const observer = connectBoard(server.yjsUrl, reply.event.id, groupId, reply.organizerKey);
    const participant = await joinBoard(server, reply.event, groupId);
    await Promise.all([observer.synced, participant.synced]);
    const mine = addCard(participant.doc, { kind: 'challenge', text: 'kartu saya' });
    const second = addCard(participant.doc, { kind: 'challenge', text: 'kartu kedua' });
    const action = addCard(observer.doc, { kind: 'action', text: 'langkah' });
    await eventually(() => expect(readBoard(participant.doc).actions).toHaveLength(1));
    linkActionToChallenge(observer.doc, action, mine, true);
    await eventually(() => expect(readBoard(participant.doc).actions[0]?.addresses).toEqual([mine]));
    await eventually(() => expect(readBoard(observer.doc).challenges).toHaveLength(2));

    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'vote' })).toEqual({ ok: true });
    editCardText(participant.doc, second, 0, 0, 'diubah ');
    deleteCard(participant.doc, mine);
    await eventually(() => expect(readBoard(observer.doc).challenges.map((card) => card.text)).toEqual(['kartu kedua']));
    await eventually(() => expect(readBoard(participant.doc).challenges.map((card) => card.text)).toEqual(['kartu kedua']));
    expect(readBoard(observer.doc).actions[0]?.addresses).toEqual([]);

    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'closed' })).toEqual({ ok: true });
    deleteCard(participant.doc, second);
    await eventually(() => expect(readBoard(participant.doc).challenges.map((card) => card.text)).toEqual(['kartu kedua']));
    expect(readBoard(observer.doc).challenges.map((card) => card.text)).toEqual(['kartu kedua']);
    observer.destroy();
    participant.destroy();
  });

  it('tells every client the phase of its group; participants see only their own group', async () => {
    const { server, reply, groupId, organizer } = await setup();
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, groupId);
    const participant = await openControl(server.url, { token: ticket, eventId: reply.event.id });
    sockets.push(participant);
    const seen = latest(participant, 'session');
    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'event' }, phase: 'cluster' })).toEqual({ ok: true });
    await eventually(() => expect(groupOf(seen(), groupId)?.phase).toBe('cluster'));
    expect(seen()!.groups).toHaveLength(1);
    expect(await sendCommand(organizer, { type: 'broadcast', text: 'Lima menit lagi' })).toEqual({ ok: true });
    await eventually(() => expect(seen()?.message?.text).toBe('Lima menit lagi'));
  });

  it('runs a countdown on the server clock: pause, resume, add time, and a reconnecting client sees the same deadline', async () => {
    const { server, reply, groupId, organizer } = await setup();
    const watcher = latest(organizer, 'session');
    expect(await sendCommand(organizer, { type: 'startTimer', scope: { kind: 'group', groupId }, durationMs: 600_000, onZero: 'notify' })).toEqual({ ok: true });
    await eventually(() => expect(groupOf(watcher(), groupId)?.timer.kind).toBe('running'));
    const running = groupOf(watcher(), groupId)!.timer;
    if (running.kind !== 'running') throw new Error('not running');
    expect(running.deadline - watcher()!.serverNow).toBeGreaterThan(590_000);

    const { ticket } = await takeSeat(server.url, reply.event.joinCode, groupId);
    const phone = await openControl(server.url, { token: ticket, eventId: reply.event.id });
    const phoneSees = latest(phone, 'session');
    await eventually(() => expect(groupOf(phoneSees(), groupId)?.timer).toEqual(running));
    phone.disconnect();
    const again = await openControl(server.url, { token: ticket, eventId: reply.event.id });
    sockets.push(again);
    const againSees = latest(again, 'session');
    await eventually(() => expect(groupOf(againSees(), groupId)?.timer).toEqual(running));

    expect(await sendCommand(organizer, { type: 'pauseTimer', scope: { kind: 'group', groupId } })).toEqual({ ok: true });
    await eventually(() => expect(groupOf(watcher(), groupId)?.timer.kind).toBe('paused'));
    const paused = groupOf(watcher(), groupId)!.timer;
    expect(paused.kind === 'paused' && paused.remainingMs).toBeGreaterThan(590_000);
    expect(await sendCommand(organizer, { type: 'addTime', scope: { kind: 'group', groupId }, ms: 60_000 })).toEqual({ ok: true });
    await eventually(() => {
      const timer = groupOf(watcher(), groupId)!.timer;
      expect(timer.kind === 'paused' && timer.remainingMs).toBeGreaterThan(650_000);
    });
    expect(await sendCommand(organizer, { type: 'resumeTimer', scope: { kind: 'group', groupId } })).toEqual({ ok: true });
    await eventually(() => expect(groupOf(watcher(), groupId)?.timer.kind).toBe('running'));
  });

  it('locks the board when a lock-at-zero countdown ends, and only notifies otherwise', async () => {
    const { server, reply, organizer } = await setup();
    const [first, second] = reply.event.groups.map((group) => group.id) as [GroupId, GroupId];
    const watcher = latest(organizer, 'session');
    for (const [groupId, onZero] of [[first, 'lock'], [second, 'notify']] as const) {
      expect(await sendCommand(organizer, { type: 'startTimer', scope: { kind: 'group', groupId }, durationMs: 5_000, onZero })).toEqual({ ok: true });
      // Take the countdown down to a fraction of a second instead of waiting five.
      expect(await sendCommand(organizer, { type: 'addTime', scope: { kind: 'group', groupId }, ms: -4_800 })).toEqual({ ok: true });
    }
    await eventually(() => {
      expect(groupOf(watcher(), first)).toMatchObject({ locked: true, timer: { kind: 'expired', onZero: 'lock' } });
      expect(groupOf(watcher(), second)).toMatchObject({ locked: false, timer: { kind: 'expired', onZero: 'notify' } });
    }, 3_000);
    const participant = await joinBoard(server, reply.event, first);
    await participant.synced;
    addCard(participant.doc, { kind: 'challenge', text: 'terlambat' });
    const observer = connectBoard(server.yjsUrl, reply.event.id, first, reply.organizerKey);
    await observer.synced;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readBoard(observer.doc).challenges).toHaveLength(0);
    participant.destroy();
    observer.destroy();
  });

  it('keeps phases across a restart and ends a countdown that ran out while the server was down', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-session-'));
    const first = await setup(dataDir);
    const groupId = first.groupId;
    expect(await sendCommand(first.organizer, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'plan' })).toEqual({ ok: true });
    expect(await sendCommand(first.organizer, { type: 'startTimer', scope: { kind: 'group', groupId }, durationMs: 5_000, onZero: 'lock' })).toEqual({ ok: true });
    expect(await sendCommand(first.organizer, { type: 'addTime', scope: { kind: 'group', groupId }, ms: -4_900 })).toEqual({ ok: true });
    for (const socket of sockets.splice(0)) socket.disconnect();
    await first.server.close();
    await new Promise((resolve) => setTimeout(resolve, 300));

    server = await startTestServer({ dataDir });
    const organizer = await openControl(server.url, { token: first.reply.organizerKey, eventId: first.reply.event.id });
    sockets.push(organizer);
    const seen = latest(organizer, 'session');
    await eventually(() => expect(groupOf(seen(), groupId)).toMatchObject({ phase: 'plan', locked: true, timer: { kind: 'expired' } }));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses malformed commands with a reason', async () => {
    const { organizer } = await setup();
    for (const command of [{ type: 'setPhase', scope: { kind: 'event' }, phase: 'party' }, { type: 'nope' }, 'text', null]) {
      const reply = await sendCommand(organizer, command as Record<string, unknown>);
      expect(reply).toMatchObject({ ok: false, reason: 'invalid_command' });
    }
  });
});
