// The PgStorage cases need PostgreSQL (REMBUK_TEST_DATABASE_URL, default postgres://root@127.0.0.1:5432/test):
// this file creates a database with a random name, a fresh schema in it for each test, and drops it afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventId, GroupId, JoinCode } from '@rembuk/shared';
import { silentLogger } from '../util/logger.js';
import { MemoryStorage } from './MemoryStorage.js';
import { PgStorage } from './PgStorage.js';
import { SqliteStorage } from './SqliteStorage.js';
import type { Storage, StoredEvent } from './Storage.js';
import { createTestDatabase, type TestDatabase } from './testDatabase.js';

interface Adapter {
  name: string;
  /** Open a store; `reopen` gets the same data back where the adapter is durable. */
  open(): Storage | Promise<Storage>;
  cleanup(): void | Promise<void>;
}

function sqliteAdapter(): Adapter {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-storage-'));
  return {
    name: 'SqliteStorage',
    open: () => new SqliteStorage(join(dir, 'rembuk.db')),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// Created on the first PgStorage case only: without PostgreSQL, those cases fail (saying so) and the rest still run.
let database: Promise<TestDatabase> | null = null;
afterAll(async () => {
  await (await database?.catch(() => null))?.drop();
});

function pgAdapter(): Adapter {
  const schema = `contract_${randomBytes(6).toString('hex')}`;
  let url: string | null = null;
  return {
    name: 'PgStorage',
    open: async () => {
      if (url === null) {
        database ??= createTestDatabase();
        const created = (await database).url;
        await withClient(created, (client) => client.query(`CREATE SCHEMA ${schema}`));
        url = created;
      }
      return PgStorage.open({ connectionString: url, schema, logger: silentLogger, poolSize: 4 });
    },
    cleanup: async () => {
      if (url !== null) await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function memoryAdapter(): Adapter {
  const shared = new MemoryStorage();
  return { name: 'MemoryStorage', open: () => shared, cleanup: () => {} };
}

function sampleEvent(overrides: Partial<StoredEvent> = {}): StoredEvent {
  return {
    id: 'evt0000000000001' as EventId,
    title: 'Rapat Anti Perdagangan Orang',
    date: '2023-07-21',
    place: 'Sanur, Bali',
    timeZone: 'WITA',
    language: 'id',
    categories: ['prevention'],
    groups: [{ id: 'grp00001' as GroupId, name: 'NTT' }],
    joinCode: 'K7QM-3XPD' as JoinCode,
    organizerKeyHash: 'ab'.repeat(32),
    ticketSecret: 'secret',
    settings: { allowReadingOtherGroups: false, voteBudget: { perParticipant: 5, perCard: 3 }, purgeAfterDays: 30 },
    createdAt: '2023-07-21T01:00:00.000Z',
    purgeAt: '2023-08-20T16:00:00.000Z',
    ...overrides,
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe.each([
  { name: 'SqliteStorage', makeAdapter: sqliteAdapter, durable: true },
  { name: 'MemoryStorage', makeAdapter: memoryAdapter, durable: false },
  { name: 'PgStorage', makeAdapter: pgAdapter, durable: true },
])(
  'the storage contract on $name',
  ({ makeAdapter, durable }) => {
    let adapter: Adapter;
    let store: Storage;

    beforeEach(async () => {
      adapter = makeAdapter();
      store = await adapter.open();
    });
    afterEach(async () => {
      await store.close();
      await adapter.cleanup();
    });

    it('returns a created event by id and by normalized join code', async () => {
      const event = sampleEvent();
      await store.createEvent(event);
      expect(await store.getEvent(event.id)).toEqual(event);
      expect(await store.findEventByJoinCode('K7QM3XPD')).toEqual(event);
      expect(await store.getEvent('nope' as EventId)).toBeNull();
      expect(await store.findEventByJoinCode('AAAAAAAA')).toBeNull();
    });

    it('refuses a second event with the same id or join code', async () => {
      await store.createEvent(sampleEvent());
      await expect(store.createEvent(sampleEvent())).rejects.toThrow();
      await expect(store.createEvent(sampleEvent({ id: 'evt0000000000002' as EventId }))).rejects.toThrow();
    });

    it('does not let callers mutate stored events through returned objects', async () => {
      await store.createEvent(sampleEvent());
      const first = await store.getEvent('evt0000000000001' as EventId);
      first!.groups.push({ id: 'grp00002' as GroupId, name: 'Jawa' });
      expect((await store.getEvent('evt0000000000001' as EventId))!.groups).toHaveLength(1);
    });

    it('keeps updates per document in append order', async () => {
      await store.appendUpdates('a.b', [bytes(1), bytes(2)]);
      await store.appendUpdates('a.c', [bytes(9)]);
      await store.appendUpdates('a.b', [bytes(3)]);
      expect(await store.loadUpdates('a.b')).toEqual([bytes(1), bytes(2), bytes(3)]);
      expect(await store.loadUpdates('a.c')).toEqual([bytes(9)]);
      expect(await store.loadUpdates('unknown')).toEqual([]);
    });

    it('replaces a document’s log with one snapshot on compaction and leaves other documents alone', async () => {
      await store.appendUpdates('a.b', [bytes(1), bytes(2)]);
      await store.appendUpdates('a.c', [bytes(9)]);
      await store.compact('a.b', bytes(7, 7));
      expect(await store.loadUpdates('a.b')).toEqual([bytes(7, 7)]);
      expect(await store.loadUpdates('a.c')).toEqual([bytes(9)]);
      await store.appendUpdates('a.b', [bytes(8)]);
      expect(await store.loadUpdates('a.b')).toEqual([bytes(7, 7), bytes(8)]);
    });

    it('updates an event’s settings and lists events whose purge time has passed', async () => {
      const event = sampleEvent();
      await store.createEvent(event);
      await store.createEvent(sampleEvent({ id: 'evt0000000000002' as EventId, joinCode: 'AAAA-BBBB' as JoinCode, purgeAt: '2030-01-01T00:00:00.000Z' }));
      await store.updateEvent({ ...event, settings: { ...event.settings, allowReadingOtherGroups: true } });
      expect((await store.getEvent(event.id))!.settings.allowReadingOtherGroups).toBe(true);
      expect(await store.listEventsToPurge(new Date('2023-08-20T15:59:59Z'))).toEqual([]);
      expect(await store.listEventsToPurge(new Date('2023-08-21T00:00:00Z'))).toEqual([event.id]);
    });

    it('keeps access keys by hash, lists them per event and revokes them once', async () => {
      const key = {
        id: 'key1', eventId: 'evt0000000000001' as EventId, keyHash: 'h1', role: 'facilitator' as const,
        label: 'NTT', groupIds: ['grp00001'], createdAt: '2023-07-21T02:00:00.000Z', revokedAt: null,
      };
      await store.createAccessKey(key);
      await store.createAccessKey({ ...key, id: 'key2', keyHash: 'h2', role: 'projector', groupIds: null, label: null });
      expect(await store.findAccessKeyByHash('h1')).toEqual(key);
      expect((await store.listAccessKeys(key.eventId)).map((k) => k.id)).toEqual(['key1', 'key2']);
      expect(await store.revokeAccessKey(key.eventId, 'key1', '2023-07-21T03:00:00.000Z')).toBe(true);
      expect(await store.revokeAccessKey(key.eventId, 'key1', '2023-07-21T04:00:00.000Z')).toBe(true);
      expect((await store.findAccessKeyByHash('h1'))!.revokedAt).toBe('2023-07-21T03:00:00.000Z');
      expect(await store.revokeAccessKey(key.eventId, 'nope', '2023-07-21T03:00:00.000Z')).toBe(false);
    });

    it('keeps one seat per device, sessions, votes and audit notes', async () => {
      const id = 'evt0000000000001' as EventId;
      await store.setSeat(id, 'dev1', 'grpA');
      await store.setSeat(id, 'dev1', 'grpB');
      expect(await store.getSeat(id, 'dev1')).toBe('grpB');
      expect(await store.getSeat(id, 'dev2')).toBeNull();
      const session = { groups: [], message: { text: 'Istirahat 5 menit', sentAt: 1 } };
      await store.saveSession(id, session);
      expect(await store.loadSession(id)).toEqual(session);
      await store.setVotes(id, 'grpA', 'card1', 'dev1', 2);
      await store.setVotes(id, 'grpA', 'card2', 'dev1', 1);
      await store.setVotes(id, 'grpA', 'card2', 'dev1', 0);
      await store.setVotes(id, 'grpB', 'card9', 'dev1', 1);
      expect(await store.listVotes(id, 'grpA')).toEqual([{ cardId: 'card1', deviceId: 'dev1', count: 2 }]);
      await store.appendAudit(id, { groupId: 'grpA', cardId: 'card1', action: 'hide', at: '2023-07-21T05:00:00.000Z' });
      expect(await store.listAudit(id)).toEqual([{ groupId: 'grpA', cardId: 'card1', action: 'hide', at: '2023-07-21T05:00:00.000Z' }]);
    });

    it('counts the devices seated in each group of an event', async () => {
      const id = 'evt0000000000001' as EventId;
      expect(await store.countSeats(id)).toEqual({});
      await store.setSeat(id, 'dev1', 'grpA');
      await store.setSeat(id, 'dev2', 'grpA');
      await store.setSeat(id, 'dev3', 'grpB');
      await store.setSeat(id, 'dev3', 'grpA');
      await store.setSeat('evt0000000000002' as EventId, 'dev4', 'grpB');
      expect(await store.countSeats(id)).toEqual({ grpA: 3 });
      await store.setSeat(id, 'dev2', 'grpC');
      expect(await store.countSeats(id)).toEqual({ grpA: 2, grpC: 1 });
    });

    it('deletes an event with everything stored for it and nothing of other events', async () => {
      const gone = sampleEvent();
      const kept = sampleEvent({ id: 'evt0000000000002' as EventId, joinCode: 'AAAA-BBBB' as JoinCode });
      for (const event of [gone, kept]) {
        await store.createEvent(event);
        await store.appendUpdates(`${event.id}.grp00001`, [bytes(1)]);
        await store.createAccessKey({ id: `k${event.id}`, eventId: event.id, keyHash: `h${event.id}`, role: 'projector', label: null, groupIds: null, createdAt: 'x', revokedAt: null });
        await store.setSeat(event.id, 'dev1', 'grp00001');
        await store.saveSession(event.id, { groups: [], message: null });
        await store.setVotes(event.id, 'grp00001', 'card1', 'dev1', 1);
        await store.appendAudit(event.id, { groupId: 'grp00001', cardId: 'card1', action: 'hide', at: 'x' });
      }
      // A document whose name merely starts with the same characters must survive.
      await store.appendUpdates(`${gone.id}0.grp00001`, [bytes(5)]);
      await store.deleteEvent(gone.id);
      expect(await store.getEvent(gone.id)).toBeNull();
      expect(await store.findEventByJoinCode('K7QM3XPD')).toBeNull();
      expect(await store.loadUpdates(`${gone.id}.grp00001`)).toEqual([]);
      expect(await store.findAccessKeyByHash(`h${gone.id}`)).toBeNull();
      expect(await store.getSeat(gone.id, 'dev1')).toBeNull();
      expect(await store.loadSession(gone.id)).toBeNull();
      expect(await store.listVotes(gone.id, 'grp00001')).toEqual([]);
      expect(await store.listAudit(gone.id)).toEqual([]);
      expect(await store.loadUpdates(`${gone.id}0.grp00001`)).toEqual([bytes(5)]);
      expect(await store.getEvent(kept.id)).not.toBeNull();
      expect(await store.loadUpdates(`${kept.id}.grp00001`)).toEqual([bytes(1)]);
      expect(await store.getSeat(kept.id, 'dev1')).toBe('grp00001');
    });

    it.runIf(durable)('keeps what it stored across a reopen', async () => {
      await store.createEvent(sampleEvent());
      await store.appendUpdates('a.b', [bytes(1)]);
      await store.close();
      store = await adapter.open();
      expect(await store.getEvent('evt0000000000001' as EventId)).not.toBeNull();
      expect(await store.loadUpdates('a.b')).toEqual([bytes(1)]);
    });
  },
);
