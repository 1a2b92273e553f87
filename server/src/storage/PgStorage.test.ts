// Needs PostgreSQL (REMBUK_TEST_DATABASE_URL, default postgres://root@127.0.0.1:5432/test) as a SUPERUSER role,
// and the pageinspect extension (Debian's postgresql package ships it): reading raw pages and the database's
// files is the only way to prove a deleted text is gone, and both are reserved to superusers.
// The file creates a database with a random name and drops it afterwards.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventId, GroupId, JoinCode } from '@rembuk/shared';
import { silentLogger } from '../util/logger.js';
import { PgStorage } from './PgStorage.js';
import type { StoredEvent } from './Storage.js';
import { createTestDatabase, type TestDatabase } from './testDatabase.js';

let database: TestDatabase;
let admin: pg.Client;
let dataDirectory: string;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const role = await admin.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
  if (!role.rows[0]?.rolsuper) throw new Error('This test needs a PostgreSQL superuser (raw pages and data files)');
  await admin.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
  dataDirectory = (await admin.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!.data_directory;
});

afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

let schema: string;
let store: PgStorage;

beforeEach(async () => {
  schema = `scrub_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  store = await PgStorage.open({ connectionString: database.url, schema, logger: silentLogger, poolSize: 3 });
});

afterEach(async () => {
  await store.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

/** Every relation of the test schema with its TOAST table and indexes: where a row's bytes can live. */
async function relationsOfSchema(): Promise<number[]> {
  const result = await admin.query<{ oid: number }>(
    `WITH tables AS (
       SELECT c.oid, c.reltoastrelid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')
     )
     SELECT oid FROM tables
     UNION SELECT reltoastrelid FROM tables WHERE reltoastrelid <> 0
     UNION SELECT i.indexrelid FROM pg_index i JOIN tables t ON i.indrelid IN (t.oid, t.reltoastrelid)`,
    [schema],
  );
  return result.rows.map((row) => row.oid);
}

/** How many pages of the schema's relations hold the needle, read through the buffer cache (what gets written). */
async function pagesHolding(needle: string): Promise<number> {
  const result = await admin.query<{ pages: number }>(
    `SELECT count(*)::int AS pages FROM (
       SELECT c.oid, generate_series(0, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int - 1) AS block
       FROM pg_class c WHERE c.oid = ANY($1::oid[])
     ) AS p
     WHERE position(convert_to($2, 'UTF8') IN get_raw_page(p.oid::regclass::text, p.block)) > 0`,
    [await relationsOfSchema(), needle],
  );
  return result.rows[0]!.pages;
}

/** The data files of a relation, so the test can look at them again after the relation was rewritten or dropped. */
async function filesOf(relation: string): Promise<string[]> {
  const result = await admin.query<{ path: string }>(
    `SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c
     WHERE c.oid = $1::regclass OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = $1::regclass)`,
    [relation],
  );
  return result.rows.map((row) => join(dataDirectory, row.path));
}

function filesHold(files: readonly string[], needle: string): boolean {
  return files.some((file) => existsSync(file) && readFileSync(file).includes(needle));
}

async function boardPartition(): Promise<string> {
  const result = await admin.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_inherits i
     JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE i.inhparent = format('%I.board_updates', $1::text)::regclass`,
    [schema],
  );
  expect(result.rows).toHaveLength(1);
  return result.rows[0]!.name;
}

/** A card text big enough to be TOASTed, the needle repeated so that every page holding any of it holds a whole copy. */
function cardText(needle: string): Uint8Array {
  return new TextEncoder().encode(`${needle} `.repeat(200));
}

function sampleEvent(title: string): StoredEvent {
  return {
    id: 'evtnotrace000001' as EventId, title, date: null, place: null, timeZone: 'WIB', language: 'id',
    categories: [], groups: [{ id: 'grp00001' as GroupId, name: 'NTT' }], joinCode: 'TRCE-0001' as JoinCode,
    organizerKeyHash: 'ab'.repeat(32), ticketSecret: 'secret', createdAt: '2023-07-21T01:00:00.000Z',
    settings: { allowReadingOtherGroups: false, voteBudget: { perParticipant: 5, perCard: 3 }, purgeAfterDays: 30 },
    purgeAt: '2023-08-20T16:00:00.000Z',
  };
}

describe('PgStorage on PostgreSQL', () => {
  it('leaves no byte of a compacted-away update in the table pages or its old files', async () => {
    const needle = `redacted-${randomBytes(8).toString('hex')}`;
    const small = `small-${randomBytes(8).toString('hex')}`;
    await store.appendUpdates('evtnotrace000001.grp00001', [new Uint8Array([1]), cardText(needle)]);
    await store.appendUpdates('evtnotrace000001.grp00001', [new TextEncoder().encode(small)]);
    await store.appendUpdates('evtnotrace000001.grp00002', [new Uint8Array([2])]);
    // The search finds what is there: a test that could not see the text would prove nothing.
    expect(await pagesHolding(needle)).toBeGreaterThan(0);
    expect(await pagesHolding(small)).toBeGreaterThan(0);
    const oldFiles = await filesOf(await boardPartition());
    await admin.query('CHECKPOINT');
    expect(filesHold(oldFiles, needle)).toBe(true);

    await store.compact('evtnotrace000001.grp00001', new Uint8Array([7, 7]));

    expect(await pagesHolding(needle)).toBe(0);
    expect(await pagesHolding(small)).toBe(0);
    expect(filesHold(oldFiles, needle)).toBe(false);
    // Not pg_stat_user_tables.n_dead_tup: backends report it asynchronously (seen lagging under load), and a
    // count of zero would not prove the bytes gone anyway; the raw pages and the old files do.
    expect(await store.loadUpdates('evtnotrace000001.grp00001')).toEqual([new Uint8Array([7, 7])]);
    expect(await store.loadUpdates('evtnotrace000001.grp00002')).toEqual([new Uint8Array([2])]);
  });

  it('leaves no byte of a deleted event in any table of the schema or in its board files', async () => {
    const title = `title-${randomBytes(8).toString('hex')}`;
    const needle = `card-${randomBytes(8).toString('hex')}`;
    const event = sampleEvent(title);
    // An event kept, written first: the deleted rows are then the newest of their pages, which a plain VACUUM
    // frees without erasing (a table left empty would merely be truncated and prove nothing).
    const kept = { ...sampleEvent('kept'), id: 'evtkept000000001' as EventId, joinCode: 'KEPT-0001' as JoinCode };
    await store.createEvent(kept);
    await store.appendAudit(kept.id, { groupId: 'grp00001', cardId: 'card-kept', action: 'hide', at: 'x' });
    await store.createEvent(event);
    await store.appendUpdates(`${event.id}.grp00001`, [cardText(needle)]);
    await store.appendAudit(event.id, { groupId: 'grp00001', cardId: `card-${needle}`, action: 'hide', at: 'x' });
    expect(await pagesHolding(title)).toBeGreaterThan(0);
    expect(await pagesHolding(needle)).toBeGreaterThan(0);
    const boardFiles = await filesOf(await boardPartition());
    await admin.query('CHECKPOINT');
    expect(filesHold(boardFiles, needle)).toBe(true);

    await store.deleteEvent(event.id);

    expect(await pagesHolding(title)).toBe(0);
    expect(await pagesHolding(needle)).toBe(0);
    expect(filesHold(boardFiles, needle)).toBe(false);
    expect(await store.getEvent(event.id)).toBeNull();
    expect(await store.getEvent(kept.id)).toEqual(kept);
    expect(await store.listAudit(kept.id)).toHaveLength(1);
  });

  it('has committed an append when it resolves: another connection sees it at once', async () => {
    await store.appendUpdates('evt1.grp1', [new Uint8Array([1, 2, 3])]);
    const seen = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.board_updates WHERE doc = 'evt1.grp1'`);
    expect(seen.rows[0]!.n).toBe(1);
    const commit = await admin.query<{ setting: string }>(
      `SELECT setting FROM pg_settings WHERE name = 'synchronous_commit'`,
    );
    expect(commit.rows[0]!.setting).toBe('on');
  });

  it('writes the appends of one turn for many boards in one transaction, each in order', async () => {
    const writes = Array.from({ length: 50 }, (_, board) =>
      store.appendUpdates(`evt${board % 5}.grp${board}`, [new Uint8Array([board, 1]), new Uint8Array([board, 2])]));
    await Promise.all(writes);
    // Rows written by one transaction share its id (xmin).
    const transactions = await admin.query<{ n: number; rows: number }>(
      `SELECT count(DISTINCT xmin::text)::int AS n, count(*)::int AS rows FROM ${schema}.board_updates`,
    );
    expect(transactions.rows[0]).toEqual({ n: 1, rows: 100 });
    expect(await store.loadUpdates('evt3.grp13')).toEqual([new Uint8Array([13, 1]), new Uint8Array([13, 2])]);
  });

  it('rejects, without crashing, while its connections are cut, and works again afterwards', async () => {
    await store.appendUpdates('evt1.grp1', [new Uint8Array([1])]);
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [database.name],
    );
    // The pool notices dead connections only when it uses them: this write may fail or get a fresh connection.
    await store.appendUpdates('evt1.grp1', [new Uint8Array([2])]).catch(() => {});
    await store.appendUpdates('evt1.grp1', [new Uint8Array([3])]);
    expect((await store.loadUpdates('evt1.grp1')).at(-1)).toEqual(new Uint8Array([3]));
  });

  it('keeps hostile document names apart and never runs them as SQL', async () => {
    const names = [`evt'; DROP TABLE events; --.grp1`, 'evt".grp', `${'x'.repeat(300)}.grp`, 'noDot', 'évt🙂.grp'];
    await Promise.all(names.map((name, index) => store.appendUpdates(name, [new Uint8Array([index])])));
    for (const [index, name] of names.entries()) expect(await store.loadUpdates(name)).toEqual([new Uint8Array([index])]);
    await store.compact(names[0]!, new Uint8Array([42]));
    expect(await store.loadUpdates(names[0]!)).toEqual([new Uint8Array([42])]);
    await store.deleteEvent(`evt'; DROP TABLE events; --` as EventId);
    expect(await store.loadUpdates(names[0]!)).toEqual([]);
    expect(await store.loadUpdates(names[1]!)).toEqual([new Uint8Array([1])]);
    await store.createEvent(sampleEvent('still here'));
    expect(await store.getEvent('evtnotrace000001' as EventId)).not.toBeNull();
  });

  it('refuses to open on a port where no PostgreSQL listens, with an error rather than a crash', async () => {
    await expect(PgStorage.open({ connectionString: 'postgres://root@127.0.0.1:1/none', logger: silentLogger }))
      .rejects.toThrow();
  });
});
