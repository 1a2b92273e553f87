import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort, spawnServer } from './childProcess.js';
import type { BoardTarget, ServerUnderTest } from './ServerUnderTest.js';

/**
 * The reference server, `@y/websocket-server@0.1.1` (Yjs 13 line), started through its own bin as published:
 * no auth, no persistence (YPERSISTENCE unset), its own `ws` 6 dependency.
 */
export async function startBaselineServer(logFile: string): Promise<ServerUnderTest> {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@y/websocket-server/package.json');
  const bin = join(dirname(packageJson), 'src', 'server.js');
  const port = await freePort();
  const env = { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port) };
  const spawned = await spawnServer([bin], env, port, logFile);
  let rooms = 0;
  return {
    kind: 'baseline',
    pid: spawned.pid,
    port,
    async createBoards(count) {
      const boards: BoardTarget[] = [];
      for (let i = 0; i < count; i++) boards.push({ serverUrl: `ws://127.0.0.1:${port}`, room: `bench-room-${rooms++}` });
      return boards;
    },
    admit: async (_board, count) => Array.from({ length: count }, () => ({})),
    stop: () => spawned.stop(),
  };
}
