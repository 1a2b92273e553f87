// Several Rembuk nodes (the built server, `node server/dist/main.js`) behind a real HAProxy using the shipped
// deploy/haproxy.cfg, on one fresh PostgreSQL database. Needs: PostgreSQL reachable at REMBUK_TEST_DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/test, a role that may CREATE DATABASE) and Debian's haproxy
// (/usr/sbin/haproxy; `node scripts/ensureHaproxy.mjs` installs it). Fails with a clear message when either is missing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const SERVER_MAIN = join(REPO, 'server', 'dist', 'main.js');
const HAPROXY = process.env.HAPROXY_PATH ?? '/usr/sbin/haproxy';
export const ADMIN_DATABASE_URL = process.env.REMBUK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ClusterNode {
  name: string;
  port: number;
  child: ChildProcess;
  /** Everything the node logged (JSON lines: never card text, keys or tickets). */
  stderr: string[];
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The HAProxy configuration we ship, with loopback ports instead of the example addresses and no TLS or daemon. */
export function testHaproxyConfig(port: number, nodes: readonly { name: string; port: number }[]): string {
  const shipped = readFileSync(join(REPO, 'deploy', 'haproxy.cfg'), 'utf8');
  const kept = shipped
    .split('\n')
    .filter((line) => !/^\s*(chroot|stats socket|user|group|daemon|log \/dev\/log|bind :443|ssl-default-bind-options)\b/.test(line))
    .filter((line) => !/^\s*server\s/.test(line))
    .map((line) => (/^\s*bind :80\b/.test(line) ? `    bind 127.0.0.1:${port}` : line))
    // A test process may not raise its descriptor limit to what 20,000 connections need.
    .map((line) => (/^\s*maxconn\b/.test(line) ? '    maxconn 4000' : line))
    .map((line) => (/^\s*http-request redirect scheme https/.test(line) ? '' : line));
  const servers = nodes.map((node) => `    server ${node.name} 127.0.0.1:${node.port} check`);
  return `${kept.join('\n').trimEnd()}\n${servers.join('\n')}\n`;
}

export class Cluster {
  readonly nodes = new Map<string, ClusterNode>();
  private haproxy: ChildProcess | null = null;
  private haproxyDeadline = 0;
  private readonly dir = mkdtempSync(join(tmpdir(), 'rembuk-cluster-'));
  readonly admin: pg.Pool;

  private constructor(
    readonly databaseUrl: string,
    private readonly databaseName: string,
    readonly port: number,
  ) {
    this.admin = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get yjsUrl(): string {
    return `ws://127.0.0.1:${this.port}/yjs`;
  }

  static async start(nodeNames: readonly string[]): Promise<Cluster> {
    if (!existsSync(HAPROXY)) throw new Error(`Cluster tests need HAProxy at ${HAPROXY}: run node scripts/ensureHaproxy.mjs (apt-get install -y haproxy)`);
    if (!existsSync(SERVER_MAIN)) throw new Error(`Build the server first (${SERVER_MAIN} is missing)`);
    const root = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    try {
      await root.connect();
    } catch (error) {
      throw new Error(`Cluster tests need PostgreSQL at ${ADMIN_DATABASE_URL} (set REMBUK_TEST_DATABASE_URL): ${String(error)}`);
    }
    const databaseName = `rembuk_cluster_${randomBytes(6).toString('hex')}`;
    await root.query(`CREATE DATABASE ${databaseName}`);
    await root.end();
    const url = new URL(ADMIN_DATABASE_URL);
    url.pathname = `/${databaseName}`;
    const cluster = new Cluster(url.toString(), databaseName, await freePort());
    const ports = await Promise.all(nodeNames.map(() => freePort()));
    try {
      // One at a time: the first creates the schema.
      for (const [index, name] of nodeNames.entries()) await cluster.startNode(name, ports[index]!);
      await cluster.startHaproxy();
    } catch (error) {
      await cluster.close();
      throw error;
    }
    return cluster;
  }

  async startNode(name: string, port: number): Promise<ClusterNode> {
    const storeUrl = new URL(this.databaseUrl);
    // Names the node's store connections in pg_stat_activity (and in the test's write log).
    storeUrl.searchParams.set('application_name', `rembuk-store-${name}`);
    const child = spawn(process.execPath, [SERVER_MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        REMBUK_DATABASE_URL: storeUrl.toString(),
        REMBUK_NODE_ID: name,
        REMBUK_DATA_DIR: join(this.dir, name),
        REMBUK_TRUST_PROXY: 'loopback',
        REMBUK_CONNECTS_PER_SECOND: '2000',
        REMBUK_CONNECT_BURST: '5000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: string[] = [];
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => stderr.push(chunk));
    }
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    const node: ClusterNode = { name, port, child, stderr, exited };
    this.nodes.set(name, node);
    await until(`node ${name} to answer`, 20_000, async () => {
      if (child.exitCode !== null) throw new Error(`node ${name} exited: ${stderr.join('')}`);
      const response = await fetch(`http://127.0.0.1:${port}/api/server`);
      return response.ok ? true : null;
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${stderr.join('')}`);
    });
    return node;
  }

  private async startHaproxy(): Promise<void> {
    const configFile = join(this.dir, 'haproxy.cfg');
    writeFileSync(configFile, testHaproxyConfig(this.port, [...this.nodes.values()]));
    const haproxy = spawn(HAPROXY, ['-db', '-f', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    const output: string[] = [];
    haproxy.stderr!.setEncoding('utf8');
    haproxy.stderr!.on('data', (chunk: string) => output.push(chunk));
    this.haproxy = haproxy;
    this.haproxyDeadline = Date.now() + 14_000;
    await until('HAProxy to route to every node', 15_000, async () => {
      if (haproxy.exitCode !== null) throw new Error(`haproxy exited: ${output.join('')}`);
      if (Date.now() > this.haproxyDeadline) throw new Error(`HAProxy does not route: ${output.join('')}`);
      const response = await fetch(`${this.url}/api/server`);
      return response.ok ? true : null;
    });
    await this.untilAllUp();
  }

  /** Wait until HAProxy's health checks (rise 2 × 1 s) have certainly seen every running node up. */
  async untilAllUp(): Promise<void> {
    await new Promise((r) => setTimeout(r, 2_500));
  }

  /** Which node owns the event now: the owner row, if that node's ownership connection holds the lock. */
  async ownerOf(eventId: string): Promise<{ node: string; epoch: number } | null> {
    const result = await this.admin.query<{ node_id: string; epoch: string }>(
      `SELECT o.node_id, o.epoch FROM rembuk_event_owner o
        WHERE o.event_id = $1
          AND EXISTS (SELECT 1 FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
                       WHERE a.application_name = 'rembuk-owner-' || o.node_id AND l.locktype = 'advisory' AND l.granted)`,
      [eventId],
    );
    const row = result.rows[0];
    return row ? { node: row.node_id, epoch: Number(row.epoch) } : null;
  }

  async untilOwned(eventId: string, timeoutMs = 20_000): Promise<{ node: string; epoch: number }> {
    return until(`an owner for event ${eventId}`, timeoutMs, () => this.ownerOf(eventId));
  }

  /** Restart a node that was stopped or killed, on its port (HAProxy keeps its address). */
  async restart(name: string): Promise<void> {
    const node = this.nodes.get(name)!;
    await node.exited;
    await this.startNode(name, node.port);
    await this.untilAllUp();
  }

  async close(): Promise<void> {
    for (const node of this.nodes.values()) if (node.child.exitCode === null) node.child.kill('SIGKILL');
    await Promise.all([...this.nodes.values()].map((node) => node.exited));
    this.haproxy?.kill('SIGKILL');
    await this.admin.end();
    const root = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await root.connect();
    await root.query(`DROP DATABASE IF EXISTS ${this.databaseName} WITH (FORCE)`);
    await root.end();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
