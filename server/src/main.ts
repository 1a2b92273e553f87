import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventOwnership } from './cluster/EventOwnership.js';
import { readConfig, sqliteFile, type ServerConfig } from './config.js';
import { createRembukServer, type RembukServerOptions } from './createRembukServer.js';
import { phoneAddressLines } from './net/phoneAddressLines.js';
import { SqliteStorage } from './storage/SqliteStorage.js';
import { createJsonLogger } from './util/jsonLogger.js';
import type { Logger } from './util/logger.js';

const config = readConfig(process.env, dirname(fileURLToPath(import.meta.url)));
const logger = createJsonLogger({ nodeId: config.nodeId });
// Several nodes: PostgreSQL also says which node owns which event (issue 13); started before the store, which
// fences the owner's writes with it.
const ownership = config.databaseUrl ? await startOwnership(config.databaseUrl, config.nodeId, logger) : undefined;
const { storage, sharedLimits } = await openStorage(config, logger, ownership);
const server = createRembukServer({
  storage,
  ...(sharedLimits ? { sharedLimits } : {}),
  ...(ownership
    ? { ownership, readinessChecks: [async () => (ownership.healthy() ? null : 'event ownership is not working')] }
    : {}),
  clientDir: config.clientDir,
  logger,
  connectLimit: { perSecond: config.connectsPerSecond, burst: config.connectBurst },
  trustedProxies: config.trustedProxies,
  publicUrl: config.publicUrl,
  ...(await metricsOption(config)),
});
const port = await server.listen(config.port, config.host);
logger.info(`listening on http://localhost:${port} (${config.databaseUrl ? 'PostgreSQL store' : `data in ${config.dataDir}`})`);
for (const line of phoneAddressLines(server.address())) logger.info(line);

/**
 * `REMBUK_DATABASE_URL` selects PostgreSQL; `pg` is imported only then, so the embedded default does not carry
 * the driver in memory.
 */
async function openStorage(
  settings: ServerConfig,
  log: Logger,
  owner: EventOwnership | undefined,
): Promise<Pick<RembukServerOptions, 'storage' | 'sharedLimits'>> {
  if (settings.databaseUrl) {
    const { PgStorage } = await import('./storage/PgStorage.js');
    const { pgSharedLimiter, SHARED_CREATION_LIMIT, SHARED_LOOKUP_LIMIT } = await import('./storage/pgSharedLimiter.js');
    const pgStorage = await PgStorage.open({
      connectionString: settings.databaseUrl,
      logger: log,
      // The owner's writes check its ownership epoch in their own transaction (cluster/pgFence.ts).
      ...(owner ? { fence: (eventId) => owner.token(eventId) } : {}),
    });
    // Join codes and event creation are not routed by event: without a shared count, N nodes grant N budgets.
    const sharedLimits = {
      lookups: pgSharedLimiter(pgStorage.connectionPool, SHARED_LOOKUP_LIMIT),
      creations: pgSharedLimiter(pgStorage.connectionPool, SHARED_CREATION_LIMIT),
    };
    return { storage: pgStorage, sharedLimits };
  }
  return { storage: new SqliteStorage(sqliteFile(settings)) };
}

async function startOwnership(databaseUrl: string, nodeId: string, log: Logger): Promise<EventOwnership> {
  const { PgOwnership } = await import('./cluster/PgOwnership.js');
  return PgOwnership.start({ databaseUrl, nodeId, logger: log });
}

/** prom-client is imported only when `REMBUK_METRICS_TOKEN` turns `GET /metrics` on. */
async function metricsOption(settings: ServerConfig): Promise<Pick<RembukServerOptions, 'metrics'>> {
  if (!settings.metricsToken) return {};
  const { RembukMetrics } = await import('./metrics/RembukMetrics.js');
  return { metrics: { token: settings.metricsToken, create: (sources) => new RembukMetrics(sources) } };
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: persisting boards and closing`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    logger.error('shutdown did not persist everything', error);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
