import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readClusterConfig } from './cluster/clusterConfig.js';
import type { ClusterConfig } from './cluster/clusterConfig.js';
import type { EventOwnership } from './cluster/EventOwnership.js';
import { readConfig, sqliteFile } from './config.js';
import { createRembukServer } from './createRembukServer.js';
import { phoneAddressLines } from './net/phoneAddressLines.js';
import type { Storage } from './storage/Storage.js';
import { SqliteWorkerStorage } from './storage/worker/SqliteWorkerStorage.js';
import { consoleLogger } from './util/logger.js';

const config = readConfig(process.env, dirname(fileURLToPath(import.meta.url)));
// Several nodes (REMBUK_DATABASE_URL): PostgreSQL is the store and owns which node serves which event (issue 13);
// without it, SQLite on its own thread and this process owns every event.
const cluster = readClusterConfig(process.env, config.port);
const { storage, ownership } = cluster ? await openCluster(cluster) : { storage: await openSqlite(), ownership: undefined };

async function openSqlite(): Promise<Storage> {
  // SQLite runs on its own thread: its fsyncs never stall the boards, sockets and timers of this one.
  const sqlite = new SqliteWorkerStorage(sqliteFile(config));
  await sqlite.whenReady();
  return sqlite;
}

/** Loaded only in this mode, so the single-node server never loads `pg`. */
async function openCluster({ databaseUrl, nodeId }: ClusterConfig): Promise<{ storage: Storage; ownership: EventOwnership }> {
  const [{ PgOwnership }, { PgStorage }] = await Promise.all([import('./cluster/PgOwnership.js'), import('./storage/PgStorage.js')]);
  const owner = await PgOwnership.start({ databaseUrl, nodeId, logger: consoleLogger });
  const pgStorage = await PgStorage.open({ connectionString: databaseUrl, logger: consoleLogger, fence: (eventId) => owner.token(eventId) });
  return { storage: pgStorage, ownership: owner };
}

const server = createRembukServer({
  ownership,
  storage,
  clientDir: config.clientDir,
  logger: consoleLogger,
  connectLimit: { perSecond: config.connectsPerSecond, burst: config.connectBurst },
  trustedProxies: config.trustedProxies,
  publicUrl: config.publicUrl,
});
const port = await server.listen(config.port, config.host);
consoleLogger.info(`listening on http://localhost:${port} (data in ${config.dataDir})`);
for (const line of phoneAddressLines(server.address())) consoleLogger.info(line);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  consoleLogger.info(`${signal}: persisting boards and closing`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    consoleLogger.error('shutdown did not persist everything', error);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
