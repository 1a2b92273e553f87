// The PostgreSQL case needs PostgreSQL (REMBUK_TEST_DATABASE_URL, default postgres://root@127.0.0.1:5432/test):
// it creates a database with a random name and drops it while the server runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PgStorage, SqliteStorage, createTestDatabase, silentLogger, type TestDatabase } from '@rembuk/server';
import { startTestServer, type TestServer } from '../support/testServer.js';

async function readiness(server: TestServer): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const response = await fetch(`${server.url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
}

describe('GET /readyz', () => {
  let server: TestServer | null = null;
  let database: TestDatabase | null = null;
  afterEach(async () => {
    await server?.close().catch(() => {});
    server = null;
    await database?.drop();
    database = null;
  });

  it('is ready on SQLite and says why not once the store stops answering, while /healthz stays up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rembuk-ready-'));
    const storage = new SqliteStorage(join(dir, 'rembuk.db'));
    server = await startTestServer({ storage });
    expect(await readiness(server)).toEqual({ status: 200, body: { status: 'ready' } });
    await storage.close();
    expect(await readiness(server)).toEqual({ status: 503, body: { status: 'not_ready', reason: 'store unreachable' } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is ready on PostgreSQL and not ready once its database is gone', async () => {
    database = await createTestDatabase();
    const storage = await PgStorage.open({ connectionString: database.url, logger: silentLogger, poolSize: 2 });
    server = await startTestServer({ storage });
    expect(await readiness(server)).toEqual({ status: 200, body: { status: 'ready' } });
    // Ends every backend of the database (what a cut connection does) and removes it, so reconnecting fails too.
    await database.drop();
    database = null;
    const after = await readiness(server);
    expect(after.status).toBe(503);
    expect(after.body.status).toBe('not_ready');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('answers a flood of probes with one store query at a time, not one each', async () => {
    let running = 0;
    let mostAtOnce = 0;
    let calls = 0;
    const slowCheck = async (): Promise<null> => {
      calls += 1;
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 200));
      running -= 1;
      return null;
    };
    server = await startTestServer({ serverOptions: { readinessChecks: [slowCheck] } });
    const replies = await Promise.all(Array.from({ length: 50 }, () => readiness(server!)));
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    expect(mostAtOnce).toBe(1);
    expect(calls).toBeLessThan(50);
  });

  it('adds the checks a caller passes, such as event ownership', async () => {
    let ownershipProblem: string | null = 'ownership connection lost';
    server = await startTestServer({ serverOptions: { readinessChecks: [async () => ownershipProblem] } });
    expect(await readiness(server)).toEqual({ status: 503, body: { status: 'not_ready', reason: 'ownership connection lost' } });
    ownershipProblem = null;
    expect(await readiness(server)).toEqual({ status: 200, body: { status: 'ready' } });
  });
});
