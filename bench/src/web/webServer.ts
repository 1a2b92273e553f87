import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateEventReply } from '@rembuk/shared';
import { freePort, spawnServer } from '../servers/childProcess.js';
import { postJson } from '../servers/restClient.js';

export interface WebServer {
  url: string;
  pid: number;
  /** A new event over REST (`POST /api/events`): its join code and the id of its only group. */
  createEvent(title: string): Promise<{ joinCode: string; groupId: string }>;
  stop(): Promise<void>;
}

/**
 * `node <checkout>/server/dist/main.js` as in production (NODE_ENV=production, SQLite in a fresh temp dir, auth
 * on), serving that checkout's built client from `client/dist` with its precompressed files and service worker.
 */
export async function startWebServer(serverMain: string, logFile: string): Promise<WebServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-bench-web-'));
  const port = await freePort();
  const env = { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), REMBUK_DATA_DIR: dataDir };
  const spawned = await spawnServer([serverMain], env, port, logFile);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: spawned.pid,
    async createEvent(title) {
      const reply = await postJson<CreateEventReply>(port, '/api/events', { title, groups: ['NTT'] });
      const group = reply.event.groups[0];
      if (!group) throw new Error('the event has no group');
      return { joinCode: reply.event.joinCode, groupId: group.id };
    },
    async stop() {
      await spawned.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
