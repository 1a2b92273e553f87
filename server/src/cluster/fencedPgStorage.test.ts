// Needs PostgreSQL (REMBUK_TEST_DATABASE_URL, default postgres://root@127.0.0.1:5432/test) with the right to
// CREATE DATABASE; the file works in a database of its own and drops it afterwards.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventId } from '@rembuk/shared';
import { PgStorage } from '../storage/PgStorage.js';
import { createTestDatabase, type TestDatabase } from '../storage/testDatabase.js';
import { silentLogger } from '../util/logger.js';
import { PgOwnership } from './PgOwnership.js';
import { FencedOut } from './pgFence.js';

let database: TestDatabase;
let admin: pg.Client;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await admin?.end();
  await database?.drop();
});

/** A node: its ownership connection and its store, fenced by it, as main.ts wires them. */
async function node(nodeId: string): Promise<{ ownership: PgOwnership; store: PgStorage }> {
  const ownership = await PgOwnership.start({ databaseUrl: database.url, nodeId, logger: silentLogger, heartbeatMs: 200, reconnectMs: 60_000, handoffAfterMs: 60_000 });
  const store = await PgStorage.open({ connectionString: database.url, logger: silentLogger, poolSize: 3, fence: (eventId) => ownership.token(eventId) });
  closers.push(() => ownership.close(), () => store.close());
  return { ownership, store };
}

const update = (byte: number): Uint8Array => new Uint8Array([byte, byte, byte]);

describe('PgStorage fenced by PgOwnership', () => {
  it('writes for owned events, refuses a board of an event it does not own without failing the others of its batch', async () => {
    const a = await node('fence-a');
    const mine = 'evfencemine000001' as EventId;
    const theirs = 'evfencetheirs0001' as EventId;
    expect(await a.ownership.claim(mine)).toBe(true);
    const [written, refused] = await Promise.allSettled([
      a.store.appendUpdates(`${mine}.g1`, [update(1)]),
      a.store.appendUpdates(`${theirs}.g1`, [update(2)]),
    ]);
    expect(written.status).toBe('fulfilled');
    expect(refused.status === 'rejected' && refused.reason).toBeInstanceOf(FencedOut);
    expect(await a.store.loadUpdates(`${mine}.g1`)).toHaveLength(1);
    expect(await a.store.loadUpdates(`${theirs}.g1`)).toHaveLength(0);
    await expect(a.store.setVotes(theirs, 'g1', 'card1', 'device1', 1)).rejects.toBeInstanceOf(FencedOut);
    await expect(a.store.saveSession(theirs, { groups: [], message: null })).rejects.toBeInstanceOf(FencedOut);
  });

  it('refuses every write of a node whose event was taken over, though that node still believes it owns it', async () => {
    const a = await node('fence-b');
    const b = await node('fence-c');
    const event = 'evfencetaken00001' as EventId;
    expect(await a.ownership.claim(event)).toBe(true);
    await a.store.appendUpdates(`${event}.g1`, [update(3)]);
    // Keep a's view of ownership as it was (as if it had not noticed), then take the event over.
    const stale = a.ownership.token(event)!;
    const staleStore = await PgStorage.open({ connectionString: database.url, logger: silentLogger, poolSize: 2, fence: () => stale });
    closers.push(() => staleStore.close());
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'rembuk-owner-fence-b'`);
    for (let attempt = 0; attempt < 100 && !(await b.ownership.claim(event)); attempt++) await new Promise((r) => setTimeout(r, 50));
    expect(b.ownership.token(event)?.epoch).toBe(stale.epoch + 1);

    await expect(staleStore.appendUpdates(`${event}.g1`, [update(4)])).rejects.toBeInstanceOf(FencedOut);
    await expect(staleStore.compact(`${event}.g1`, update(5))).rejects.toBeInstanceOf(FencedOut);
    await expect(staleStore.setVotes(event, 'g1', 'card1', 'device1', 2)).rejects.toBeInstanceOf(FencedOut);
    await expect(staleStore.appendAudit(event, { groupId: 'g1', cardId: 'card1', action: 'hide', at: new Date().toISOString() })).rejects.toBeInstanceOf(FencedOut);
    await b.store.appendUpdates(`${event}.g1`, [update(6)]);
    expect((await b.store.loadUpdates(`${event}.g1`)).map((bytes) => bytes[0])).toEqual([3, 6]);
  });
});
