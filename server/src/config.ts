import { join, resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  /** Host to bind; all interfaces by default so phones on the venue wifi can reach it. */
  host: string;
  /** Where the SQLite file lives (`rembuk.db`). */
  dataDir: string;
  clientDir: string | null;
}

/** Read configuration from the environment once, at start-up (never at import time). */
export function readConfig(env: NodeJS.ProcessEnv, serverDir: string): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.REMBUK_DATA_DIR || './data'),
    clientDir: resolve(serverDir, '..', '..', 'client', 'dist'),
  };
}

export function sqliteFile(config: ServerConfig): string {
  return join(config.dataDir, 'rembuk.db');
}
