import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOSE_CODES, addCard, readBoard, type AccessKeyInfo, type CreateEventReply } from '@rembuk/shared';
import { latest, openControl, sendCommand } from '../support/controlClient.js';
import { connectBoard, joinBoard } from '../support/yjsClient.js';
import { createAccessKey, createTestEvent, eventually, startTestServer, untilServerHas, type TestServer } from '../support/testServer.js';

describe('access ends at once', () => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  const authorized = (reply: CreateEventReply) => ({ Authorization: `Bearer ${reply.organizerKey}` });

  it('closes a revoked key’s board and control connections at once', async () => {
    server = await startTestServer();
    const reply = await createTestEvent(server.url);
    const { key, secret } = await createAccessKey(server.url, reply, { role: 'facilitator' });
    const board = connectBoard(server.yjsUrl, reply.event.id, reply.event.groups[0]!.id, secret);
    await board.synced;
    const control = await openControl(server.url, { token: secret, eventId: reply.event.id });
    const disconnected = new Promise<string>((resolve) => control.on('disconnect', resolve));

    const response = await fetch(`${server.url}/api/events/${reply.event.id}/keys/${key.id}`, { method: 'DELETE', headers: authorized(reply) });
    expect(response.status).toBe(204);
    await eventually(() => expect(board.closeCodes).toContain(CLOSE_CODES.accessRevoked));
    expect(await disconnected).toBe('io server disconnect');
    const listed = (await (await fetch(`${server.url}/api/events/${reply.event.id}/keys`, { headers: authorized(reply) })).json()) as {
      keys: AccessKeyInfo[];
    };
    expect(listed.keys[0]).toMatchObject({ id: key.id, role: 'facilitator', revokedAt: expect.any(String) });
    expect(JSON.stringify(listed)).not.toContain(secret);
    board.destroy();
  });

  it('moves a participant: its old board closes with 4409, it is told its new group, and only that board opens', async () => {
    server = await startTestServer();
    const reply = await createTestEvent(server.url);
    const [from, to] = [reply.event.groups[0]!.id, reply.event.groups[1]!.id];
    const participant = await joinBoard(server, reply.event, from);
    await participant.synced;
    const phone = await openControl(server.url, { token: participant.ticket, eventId: reply.event.id });
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    const devices = latest(organizer, 'devices');
    await eventually(() => expect(devices()?.find((group) => group.groupId === from)?.devices.map((d) => d.deviceId)).toEqual([participant.deviceId]));

    expect(await sendCommand(organizer, { type: 'moveParticipant', deviceId: participant.deviceId, toGroupId: to })).toEqual({ ok: true });
    await eventually(() => expect(participant.closeCodes).toContain(CLOSE_CODES.seatChanged));
    await eventually(() => expect(latest(phone, 'seatChanged')()).toEqual({ groupId: to }));
    const moved = connectBoard(server.yjsUrl, reply.event.id, to, participant.ticket);
    await moved.synced;
    const back = connectBoard(server.yjsUrl, reply.event.id, from, participant.ticket);
    await expect(back.synced).rejects.toThrow(String(CLOSE_CODES.forbidden));
    for (const client of [participant, moved, back]) client.destroy();
    organizer.disconnect();
  });

  it('deletes an event at once: connections close, and nothing of it remains in the store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-delete-'));
    server = await startTestServer({ dataDir });
    const reply = await createTestEvent(server.url);
    const keep = await createTestEvent(server.url, { title: 'Acara lain' });
    const groupId = reply.event.groups[0]!.id;
    await createAccessKey(server.url, reply, { role: 'projector' });
    const participant = await joinBoard(server, reply.event, groupId);
    await participant.synced;
    const hiddenData = addCard(participant.doc, { kind: 'challenge', text: 'data rahasia' });
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'event' }, phase: 'cluster' })).toEqual({ ok: true });
    const other = await joinBoard(server, keep.event, keep.event.groups[0]!.id);
    await other.synced;
    const kept = addCard(other.doc, { kind: 'challenge', text: 'tetap ada' });
    // Both cards are on the server (and so on their way to disk) before the delete: "nothing remains" means something.
    await untilServerHas(server, reply.event.id, groupId, [hiddenData]);
    await untilServerHas(server, keep.event.id, keep.event.groups[0]!.id, [kept]);

    const response = await fetch(`${server.url}/api/events/${reply.event.id}`, { method: 'DELETE', headers: authorized(reply) });
    expect(response.status).toBe(204);
    await eventually(() => expect(participant.closeCodes).toContain(CLOSE_CODES.accessRevoked));
    expect((await fetch(`${server.url}/api/join/${reply.event.joinCode}`)).status).toBe(404);
    participant.destroy();
    other.destroy();
    organizer.disconnect();
    await server.close();
    server = null;

    expect(rowsMentioning(join(dataDir, 'rembuk.db'), reply.event.id)).toEqual([]);
    expect(rowsMentioning(join(dataDir, 'rembuk.db'), keep.event.id).length).toBeGreaterThan(0);
    // Not even in free pages of the file: deleted rows are overwritten.
    const bytes = readdirSync(dataDir).map((file) => readFileSync(join(dataDir, file)).toString('latin1')).join('');
    expect(bytes).not.toContain('data rahasia');
    expect(bytes).not.toContain(reply.event.id);
    expect(bytes).toContain('tetap ada');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('purges events whose retention has ended, on schedule, and keeps the others', async () => {
    server = await startTestServer();
    const old = await createTestEvent(server.url, { title: 'Lama', date: '2027-01-10', purgeAfterDays: 30 });
    const current = await createTestEvent(server.url, { title: 'Baru', date: '2027-07-21', purgeAfterDays: 30 });
    // The end of 10 January in WITA (UTC+8), plus 30 days.
    expect(old.event.purgeAt).toBe('2027-02-09T16:00:00.000Z');
    const board = connectBoard(server.yjsUrl, current.event.id, current.event.groups[0]!.id, current.organizerKey);
    await board.synced;
    expect(await server.server.purgeExpired(new Date('2027-02-09T15:59:59Z'))).toBe(0);
    expect(await server.server.purgeExpired(new Date('2027-03-01T00:00:00Z'))).toBe(1);
    expect((await fetch(`${server.url}/api/join/${old.event.joinCode}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/join/${current.event.joinCode}`)).status).toBe(200);
    expect(readBoard(board.doc)).toEqual({ challenges: [], actions: [] });
    board.destroy();
  });
});

/** Every row of every table whose text mentions `needle` (board documents are named after their event). */
function rowsMentioning(file: string, needle: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    const hits: string[] = [];
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[]) {
        const text = Object.values(row).map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value))).join('|');
        if (text.includes(needle)) hits.push(`${name}: ${text.slice(0, 80)}`);
      }
    }
    return hits;
  } finally {
    db.close();
  }
}
