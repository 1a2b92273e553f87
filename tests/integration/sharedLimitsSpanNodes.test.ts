// Needs PostgreSQL (REMBUK_TEST_DATABASE_URL, default postgres://root@127.0.0.1:5432/test): two servers share one
// database with a random name, dropped afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { PgStorage, createTestDatabase, pgSharedLimiter, silentLogger, type TestDatabase } from '@rembuk/server';
import { startTestServer, type TestServer } from '../support/testServer.js';

const BUDGET = 5;

describe('join-code look-ups shared across nodes', () => {
  let database: TestDatabase;
  const servers: TestServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
    await database.drop();
  });

  async function node(shared: boolean): Promise<TestServer> {
    const storage = await PgStorage.open({ connectionString: database.url, logger: silentLogger, poolSize: 2 });
    const limiter = (name: string) => pgSharedLimiter(storage.connectionPool, { name, points: BUDGET, durationSeconds: 600 });
    const server = await startTestServer({
      storage,
      ...(shared ? { serverOptions: { sharedLimits: { lookups: limiter('lookup'), creations: limiter('create') } } } : {}),
    });
    servers.push(server);
    return server;
  }

  /** Guess join codes from one address, alternating between the nodes as a balancer without an event id would. */
  async function guess(nodes: readonly TestServer[], attempts: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < attempts; attempt++) {
      const server = nodes[attempt % nodes.length]!;
      statuses.push((await fetch(`${server.url}/api/join/ZZZZ-${String(1000 + attempt)}`)).status);
    }
    return statuses;
  }

  it('refuses the guesser once the budget is spent on all nodes together', async () => {
    database = await createTestDatabase();
    const nodes = [await node(true), await node(true)];
    const statuses = await guess(nodes, BUDGET + 3);
    expect(statuses.slice(0, BUDGET)).toEqual(Array(BUDGET).fill(404));
    expect(statuses.slice(BUDGET)).toEqual([429, 429, 429]);
  });

  it('would give each node its own budget without it (what the shared count prevents)', async () => {
    database = await createTestDatabase();
    const nodes = [await node(false), await node(false)];
    expect(await guess(nodes, BUDGET + 3)).toEqual(Array(BUDGET + 3).fill(404));
  });
});
