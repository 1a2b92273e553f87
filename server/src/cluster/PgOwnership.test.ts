// Needs PostgreSQL: REMBUK_TEST_DATABASE_URL, or postgres://postgres@127.0.0.1:5432/test (trust auth) as on this
// machine and CI. Fails with a clear message when it cannot connect.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventId } from '@rembuk/shared';
import { silentLogger } from '../util/logger.js';
import { PgOwnership } from './PgOwnership.js';
import { FencedOut, assertFence } from './pgFence.js';
import type { OwnershipToken } from './EventOwnership.js';

const DATABASE_URL = process.env.REMBUK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const started: PgOwnership[] = [];
let admin: pg.Pool;

beforeAll(async () => {
  admin = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
  try {
    await admin.query('SELECT 1');
  } catch (error) {
    throw new Error(`PgOwnership tests need PostgreSQL at ${DATABASE_URL} (set REMBUK_TEST_DATABASE_URL): ${String(error)}`);
  }
});

afterAll(async () => {
  await Promise.all(started.map((ownership) => ownership.close()));
  await admin.end();
});

async function node(nodeId: string): Promise<PgOwnership> {
  const ownership = await PgOwnership.start({ databaseUrl: DATABASE_URL, nodeId, logger: silentLogger, heartbeatMs: 200, reconnectMs: 200, handoffAfterMs: 0 });
  started.push(ownership);
  return ownership;
}

const freshEvent = (): EventId => `ev${randomUUID().replaceAll('-', '').slice(0, 20)}` as EventId;

async function ownerBackendPid(nodeId: string): Promise<number> {
  const rows = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [`rembuk-owner-${nodeId}`]);
  const pid = rows.rows[0]?.pid;
  if (pid === undefined) throw new Error(`no ownership connection for ${nodeId}`);
  return pid;
}

async function fencedWrite(token: OwnershipToken, hold?: Promise<void>): Promise<void> {
  const client = await admin.connect();
  try {
    await client.query('BEGIN');
    await assertFence(client, token);
    await hold;
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never happened: ${what}`);
}

describe('PgOwnership', () => {
  it('lets exactly one node own an event, and fences the loser', async () => {
    const a = await node(`a-${randomUUID().slice(0, 6)}`);
    const b = await node(`b-${randomUUID().slice(0, 6)}`);
    const event = freshEvent();
    const [tookA, tookB] = await Promise.all([a.claim(event), b.claim(event)]);
    expect([tookA, tookB].filter(Boolean)).toHaveLength(1);
    const owner = tookA ? a : b;
    const other = tookA ? b : a;
    expect(other.token(event)).toBeNull();
    const token = owner.token(event);
    expect(token).not.toBeNull();
    await fencedWrite(token!);
  });

  it('gives up every event at once when its connection is terminated, and the next owner fences the old one out', async () => {
    const idA = `a-${randomUUID().slice(0, 6)}`;
    const a = await node(idA);
    const b = await node(`b-${randomUUID().slice(0, 6)}`);
    const events = [freshEvent(), freshEvent(), freshEvent()];
    for (const event of events) expect(await a.claim(event)).toBe(true);
    expect(a.ownedCount()).toBe(events.length);
    const staleTokens = events.map((event) => a.token(event)!);
    const lost: EventId[] = [];
    a.onLost((ids) => lost.push(...ids));

    await admin.query('SELECT pg_terminate_backend($1)', [await ownerBackendPid(idA)]);
    await eventually(() => lost.length === events.length, 'node a notices it lost its events');
    expect(new Set(lost)).toEqual(new Set(events));
    for (const event of events) expect(a.token(event)).toBeNull();
    expect(a.ownedCount()).toBe(0);

    for (const event of events) expect(await b.claim(event)).toBe(true);
    for (const [index, stale] of staleTokens.entries()) {
      expect(b.token(events[index]!)!.epoch).toBe(stale.epoch + 1);
      await expect(fencedWrite(stale)).rejects.toBeInstanceOf(FencedOut);
    }
  });

  it('makes a take-over wait for a write that already passed its fence', async () => {
    const idA = `a-${randomUUID().slice(0, 6)}`;
    const a = await node(idA);
    const b = await node(`b-${randomUUID().slice(0, 6)}`);
    const event = freshEvent();
    expect(await a.claim(event)).toBe(true);
    let finishWrite = (): void => {};
    const hold = new Promise<void>((resolve) => (finishWrite = resolve));
    const order: string[] = [];
    const write = fencedWrite(a.token(event)!, hold).then(() => order.push('old owner committed'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await admin.query('SELECT pg_terminate_backend($1)', [await ownerBackendPid(idA)]);
    await eventually(() => a.token(event) === null, 'node a lost the event');
    const takeOver = (async () => {
      for (;;) {
        if (await b.claim(event)) return order.push('new owner took over');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    finishWrite();
    await Promise.all([write, takeOver]);
    expect(order).toEqual(['old owner committed', 'new owner took over']);
  });

  it('hands an event over to a node that asks for it, and takes none while draining', async () => {
    const a = await node(`a-${randomUUID().slice(0, 6)}`);
    const b = await node(`b-${randomUUID().slice(0, 6)}`);
    const event = freshEvent();
    expect(await a.claim(event)).toBe(true);
    const lost: EventId[] = [];
    a.onLost((ids) => lost.push(...ids));
    expect(await b.claim(event)).toBe(false);
    await eventually(() => lost.includes(event), 'the owner hands the event over');
    await eventually(() => b.claim(event), 'the asking node takes it');

    await b.drain();
    expect(b.token(event)).toBeNull();
    expect(await b.claim(freshEvent())).toBe(false);
    await eventually(() => a.claim(event), 'a takes the drained event back');
  });
});
