import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { EventId, JoinCode } from '@rembuk/shared';
import { SqliteStorage } from './SqliteStorage.js';

/** The schema the first release wrote (user_version 0), kept here verbatim to test the upgrade. */
const FIRST_SCHEMA_SQL = `
  CREATE TABLE events (id TEXT PRIMARY KEY, join_code TEXT NOT NULL UNIQUE, organizer_key_hash TEXT NOT NULL,
    data TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE board_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
`;

describe('the SQLite schema upgrade', () => {
  it('upgrades a database of the first release: old events get defaults, new events can be created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rembuk-migrate-'));
    const file = join(dir, 'rembuk.db');
    const old = new Database(file);
    old.exec(FIRST_SCHEMA_SQL);
    const oldEvent = {
      id: 'oldevent00000001', title: 'Acara lama', date: null, place: null, timeZone: 'WITA', language: 'id',
      categories: ['prevention'], groups: [{ id: 'grp00001', name: 'NTT' }], joinCode: 'ABCD-EFGH',
      organizerKeyHash: 'ab'.repeat(32), createdAt: '2026-11-01T00:00:00.000Z',
    };
    old.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?)').run(oldEvent.id, 'ABCDEFGH', oldEvent.organizerKeyHash, JSON.stringify(oldEvent), oldEvent.createdAt);
    old.prepare('INSERT INTO board_updates (doc, data) VALUES (?, ?)').run(`${oldEvent.id}.grp00001`, Buffer.from([1, 2]));
    // Created long before its date: its purge time counts from the date, as for a new event.
    const dated = { ...oldEvent, id: 'oldevent00000002', date: '2027-03-10', joinCode: 'BCDE-FGHJ' };
    old.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?)').run(dated.id, 'BCDEFGHJ', dated.organizerKeyHash, JSON.stringify(dated), dated.createdAt);
    old.close();

    const store = new SqliteStorage(file);
    const upgraded = await store.getEvent(oldEvent.id as EventId);
    expect(upgraded).toMatchObject({
      title: 'Acara lama',
      settings: { allowReadingOtherGroups: false, purgeAfterDays: 30 },
      purgeAt: '2026-12-01T00:00:00.000Z',
    });
    expect(upgraded!.ticketSecret.length).toBeGreaterThan(20);
    expect(await store.loadUpdates(`${oldEvent.id}.grp00001`)).toEqual([new Uint8Array([1, 2])]);
    expect(await store.listEventsToPurge(new Date('2026-12-02T00:00:00Z'))).toEqual([oldEvent.id]);
    // Midnight after 10 March 2027 in WITA (UTC+8), plus 30 days.
    expect((await store.getEvent(dated.id as EventId))?.purgeAt).toBe('2027-04-09T16:00:00.000Z');
    await store.createEvent({ ...upgraded!, id: 'newevent00000001' as EventId, joinCode: 'JKLM-NPQR' as JoinCode });
    expect((await store.getEvent('newevent00000001' as EventId))?.title).toBe('Acara lama');
    await store.close();
    // Opening again changes nothing more.
    const again = new SqliteStorage(file);
    expect((await again.getEvent(oldEvent.id as EventId))?.ticketSecret).toBe(upgraded!.ticketSecret);
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
