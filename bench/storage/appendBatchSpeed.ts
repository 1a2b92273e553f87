/**
 * How long one event-loop turn's board appends take to become durable: 100 boards (10 events × 10 groups) each
 * append one 200-byte update in the same turn, and the clock stops when every promise resolved. SqliteStorage
 * (what `pnpm start` uses) and PgStorage run side by side, interleaved round by round so machine noise hits both
 * alike. Not part of the test command; needs PostgreSQL:
 * `pnpm --filter @rembuk/server bench:storage [-- --rounds 40]` (REMBUK_TEST_DATABASE_URL, default local).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PgStorage } from '../../server/src/storage/PgStorage.js';
import { SqliteStorage } from '../../server/src/storage/SqliteStorage.js';
import type { Storage } from '../../server/src/storage/Storage.js';
import { createTestDatabase } from '../../server/src/storage/testDatabase.js';
import { silentLogger } from '../../server/src/util/logger.js';

const BOARDS = 100;
const UPDATE_BYTES = 200;

// pnpm passes a lone '--' through.
const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { rounds: { type: 'string', default: '30' } } });
const rounds = Number(values.rounds);

async function oneTurn(store: Storage, round: number): Promise<number> {
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: BOARDS }, (_, board) =>
      store.appendUpdates(`evt${Math.floor(board / 10)}.grp${board % 10}`, [randomBytes(UPDATE_BYTES + (round % 2))])),
  );
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, min ${sorted[0]!.toFixed(2)} ms`;
}

const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-storage-'));
const database = await createTestDatabase();
const stores: Array<{ name: string; store: Storage; samples: number[] }> = [
  { name: 'SqliteStorage', store: new SqliteStorage(join(dir, 'rembuk.db')), samples: [] },
  { name: 'PgStorage', store: await PgStorage.open({ connectionString: database.url, logger: silentLogger }), samples: [] },
];
try {
  // One warm-up round: PostgreSQL creates each event's partition on its first write.
  for (const entry of stores) await oneTurn(entry.store, -1);
  for (let round = 0; round < rounds; round++) {
    for (const entry of stores) entry.samples.push(await oneTurn(entry.store, round));
  }
  console.log(`${BOARDS} boards × 1 update of ${UPDATE_BYTES} B appended in one turn, until all durable (${rounds} rounds):`);
  for (const entry of stores) console.log(`  ${entry.name.padEnd(28)} ${summary(entry.samples)}`);
} finally {
  for (const entry of stores) await entry.store.close();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
