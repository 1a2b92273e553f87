import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LIMITS, boardDocName, type CreateEventReply, type TakeSeatReply } from '@rembuk/shared';
import { freePort, spawnServer } from './childProcess.js';
import { mapConcurrent, postJson } from './restClient.js';
import type { BoardTarget, ServerUnderTest } from './ServerUnderTest.js';

/** Seats are taken a few at a time: each is a durable SQLite write. */
const SEAT_CONCURRENCY = 8;

/**
 * Rembuk as in production: `node server/dist/main.js`, the SQLite store in a fresh temp dir (on disk, WAL,
 * synchronous = FULL), auth on. Boards are groups of events created over REST; every client takes a seat in its
 * group with the join code and connects with its participant ticket. All bench sockets come from 127.0.0.1, so the
 * per-address connect limit is raised through its environment variables.
 */
export async function startRembukServer(repoRoot: string, logFile: string): Promise<ServerUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-bench-'));
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    REMBUK_DATA_DIR: dataDir,
    REMBUK_CONNECTS_PER_SECOND: '100000',
    REMBUK_CONNECT_BURST: '100000',
  };
  // Profiling aid: e.g. REMBUK_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (see bench/README.md).
  const nodeArgs = (process.env.REMBUK_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const spawned = await spawnServer([...nodeArgs, resolve(repoRoot, 'server', 'dist', 'main.js')], env, port, logFile);
  const groupsByRoom = new Map<string, { joinCode: string; groupId: string; organizerKey: string }>();
  let events = 0;
  return {
    kind: 'rembuk',
    pid: spawned.pid,
    port,
    async createBoards(count) {
      const boards: BoardTarget[] = [];
      while (boards.length < count) {
        const groups = Array.from({ length: Math.min(LIMITS.maxGroups, count - boards.length) }, (_, i) => `Group ${i + 1}`);
        const reply = await postJson<CreateEventReply>(port, '/api/events', { title: `Bench ${events++}`, groups });
        for (const group of reply.event.groups) {
          const room = boardDocName(reply.event.id, group.id);
          groupsByRoom.set(room, { joinCode: reply.event.joinCode, groupId: group.id, organizerKey: reply.organizerKey });
          boards.push({ serverUrl: `ws://127.0.0.1:${port}/yjs`, room });
        }
      }
      return boards;
    },
    async admit(board, count) {
      const group = groupsByRoom.get(board.room);
      if (!group) throw new Error(`unknown board ${board.room}`);
      const path = `/api/join/${encodeURIComponent(group.joinCode)}/seat`;
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
    async stop() {
      await spawned.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
