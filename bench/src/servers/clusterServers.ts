import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { LIMITS, boardDocName, type CreateEventReply, type TakeSeatReply } from '@rembuk/shared';
import { freePort, spawnServer, type SpawnedServer } from './childProcess.js';
import { mapConcurrent, postJson } from './restClient.js';
import type { BoardTarget, ServerUnderTest } from './ServerUnderTest.js';

const SEAT_CONCURRENCY = 8;
const HAPROXY = process.env.HAPROXY_PATH ?? '/usr/sbin/haproxy';
const ADMIN_DATABASE_URL = process.env.REMBUK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Rembuk as several nodes (issue 13): `nodes` × `node server/dist/main.js` on one fresh PostgreSQL database, behind
 * Debian's HAProxy running the shipped deploy/haproxy.cfg (loopback ports, no TLS). Every client goes through the
 * balancer, which hashes on the event id. The `pid` sampled for CPU and memory is the first node's: with one
 * event per 100 groups, the conference's boards all belong to few events, so compare latency, not CPU.
 */
export async function startClusterServers(repoRoot: string, logFile: string, nodes: number): Promise<ServerUnderTest> {
  if (!existsSync(HAPROXY)) throw new Error(`the cluster bench needs HAProxy at ${HAPROXY} (apt-get install -y haproxy)`);
  const databaseName = `rembuk_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${databaseName}`);
  const databaseUrl = new URL(ADMIN_DATABASE_URL);
  databaseUrl.pathname = `/${databaseName}`;
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-cluster-'));
  const spawned: SpawnedServer[] = [];
  const nodePorts: number[] = [];
  let haproxyStop: () => Promise<void> = async () => {};
  const stopAll = async (): Promise<void> => {
    await haproxyStop();
    for (const node of spawned) await node.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let index = 0; index < nodes; index++) {
      const port = await freePort();
      const env = {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        REMBUK_DATABASE_URL: databaseUrl.toString(),
        REMBUK_NODE_ID: `bench-${index}`,
        REMBUK_DATA_DIR: join(dir, `node-${index}`),
        // The balancer's X-Forwarded-For carries the bench's spread of loopback source addresses.
        REMBUK_TRUST_PROXY: 'loopback',
        REMBUK_CONNECTS_PER_SECOND: '100000',
        REMBUK_CONNECT_BURST: '100000',
      };
      // One at a time: the first creates the schema.
      spawned.push(await spawnServer([resolve(repoRoot, 'server', 'dist', 'main.js')], env, port, logFile));
      nodePorts.push(port);
    }
    const port = await freePort();
    const configFile = join(dir, 'haproxy.cfg');
    writeFileSync(configFile, benchHaproxyConfig(repoRoot, port, nodePorts));
    const log = openSync(logFile, 'a');
    const haproxy = spawn(HAPROXY, ['-db', '-f', configFile], { stdio: ['ignore', log, log] });
    closeSync(log);
    const haproxyExited = new Promise<void>((resolveExit) => haproxy.once('exit', () => resolveExit()));
    haproxyStop = async () => {
      if (haproxy.exitCode === null) haproxy.kill('SIGTERM');
      await haproxyExited;
    };
    await untilReady(port);
    return clusterUnderTest(spawned[0]!.pid, port, stopAll);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function clusterUnderTest(pid: number, port: number, stop: () => Promise<void>): ServerUnderTest {
  const groupsByRoom = new Map<string, { eventId: string; joinCode: string; groupId: string; organizerKey: string }>();
  let events = 0;
  return {
    kind: 'cluster',
    pid,
    port,
    async createBoards(count) {
      const boards: BoardTarget[] = [];
      while (boards.length < count) {
        const groups = Array.from({ length: Math.min(LIMITS.maxGroups, count - boards.length) }, (_, i) => `Group ${i + 1}`);
        const reply = await postJson<CreateEventReply>(port, '/api/events', { title: `Bench ${events++}`, groups });
        for (const group of reply.event.groups) {
          const room = boardDocName(reply.event.id, group.id);
          groupsByRoom.set(room, { eventId: reply.event.id, joinCode: reply.event.joinCode, groupId: group.id, organizerKey: reply.organizerKey });
          boards.push({ serverUrl: `ws://127.0.0.1:${port}/yjs`, room });
        }
      }
      return boards;
    },
    async admit(board, count) {
      const group = groupsByRoom.get(board.room);
      if (!group) throw new Error(`unknown board ${board.room}`);
      // `?event=` routes the seat to the event's owner, as the shipped client does.
      const path = `/api/join/${encodeURIComponent(group.joinCode)}/seat?event=${group.eventId}`;
      return mapConcurrent(count, SEAT_CONCURRENCY, async () => {
        const seat = await postJson<TakeSeatReply>(port, path, { groupId: group.groupId });
        return { token: seat.ticket };
      });
    },
    organizerKey(board) {
      const group = groupsByRoom.get(board.room);
      if (!group) throw new Error(`unknown board ${board.room}`);
      return group.organizerKey;
    },
    stop,
  };
}

/** The shipped balancer configuration with loopback ports, no TLS, no daemon and a descriptor budget a process gets. */
function benchHaproxyConfig(repoRoot: string, port: number, nodePorts: readonly number[]): string {
  const shipped = readFileSync(resolve(repoRoot, 'deploy', 'haproxy.cfg'), 'utf8');
  const kept = shipped
    .split('\n')
    .filter((line) => !/^\s*(chroot|stats socket|user|group|daemon|log \/dev\/log|bind :443|ssl-default-bind-options)\b/.test(line))
    .filter((line) => !/^\s*server\s/.test(line))
    .map((line) => (/^\s*bind :80\b/.test(line) ? `    bind 127.0.0.1:${port}` : line))
    .map((line) => (/^\s*maxconn\b/.test(line) ? '    maxconn 8000' : line))
    .map((line) => (/^\s*http-request redirect scheme https/.test(line) ? '' : line));
  const servers = nodePorts.map((nodePort, index) => `    server bench-${index} 127.0.0.1:${nodePort} check`);
  return `${kept.join('\n').trimEnd()}\n${servers.join('\n')}\n`;
}

/** Every node up in HAProxy's eyes: /readyz answers through it, then two health-check rounds (rise 2 × 1 s). */
async function untilReady(port: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('HAProxy did not route to the nodes within 20 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 2_500));
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
