import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventId, GroupId, JoinCode } from '@rembuk/shared';
import { MemoryStorage } from './MemoryStorage.js';
import { SqliteStorage } from './SqliteStorage.js';
import type { Storage, StoredEvent } from './Storage.js';

interface Adapter {
  name: string;
  /** Open a store; `reopen` gets the same data back where the adapter is durable. */
  open(): Storage;
  cleanup(): void;
}

function sqliteAdapter(): Adapter {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-storage-'));
  return {
    name: 'SqliteStorage',
    open: () => new SqliteStorage(join(dir, 'rembuk.db')),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
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
    createdAt: '2023-07-21T01:00:00.000Z',
    ...overrides,
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe.each([
  { name: 'SqliteStorage', makeAdapter: sqliteAdapter, durable: true },
  { name: 'MemoryStorage', makeAdapter: memoryAdapter, durable: false },
])(
  'the storage contract on $name',
  ({ makeAdapter, durable }) => {
    let adapter: Adapter;
    let store: Storage;

    beforeEach(() => {
      adapter = makeAdapter();
      store = adapter.open();
    });
    afterEach(async () => {
      await store.close();
      adapter.cleanup();
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

    it.runIf(durable)('keeps what it stored across a reopen', async () => {
      await store.createEvent(sampleEvent());
      await store.appendUpdates('a.b', [bytes(1)]);
      await store.close();
      store = adapter.open();
      expect(await store.getEvent('evt0000000000001' as EventId)).not.toBeNull();
      expect(await store.loadUpdates('a.b')).toEqual([bytes(1)]);
    });
  },
);
