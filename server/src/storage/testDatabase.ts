import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where tests find PostgreSQL: `REMBUK_TEST_DATABASE_URL`, else the machine's local server (trust auth). */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://root@127.0.0.1:5432/test';

/** A database of its own for one test file: parallel runs never see each other's rows. */
export interface TestDatabase {
  /** Connection string of the fresh database. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.REMBUK_TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

/** Create a database with a random name on the test server; fails with a clear message when there is none. */
export async function createTestDatabase(serverUrl = testServerUrl()): Promise<TestDatabase> {
  const name = `rembuk_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `This test needs PostgreSQL at ${serverUrl} (set REMBUK_TEST_DATABASE_URL, or start the local one: ` +
        `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): ${reason}`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
