import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readClusterConfig } from './cluster/clusterConfig.js';
import { PgOwnership } from './cluster/PgOwnership.js';
import { readConfig, sqliteFile } from './config.js';
import { createRembukServer } from './createRembukServer.js';
import { phoneAddressLines } from './net/phoneAddressLines.js';
import { SqliteStorage } from './storage/SqliteStorage.js';
import { consoleLogger } from './util/logger.js';

const config = readConfig(process.env, dirname(fileURLToPath(import.meta.url)));
const storage = new SqliteStorage(sqliteFile(config));
// Several nodes (REMBUK_DATABASE_URL): events are owned through PostgreSQL; without it, this process owns all.
const cluster = readClusterConfig(process.env, config.port);
const ownership = cluster ? await PgOwnership.start({ ...cluster, logger: consoleLogger }) : undefined;
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
