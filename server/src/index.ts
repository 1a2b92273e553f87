export { createRembukServer } from './createRembukServer.js';
export type { RembukServer, RembukServerOptions } from './createRembukServer.js';
export { TrustedProxies } from './net/TrustedProxies.js';
export { SqliteStorage } from './storage/SqliteStorage.js';
export { MemoryStorage } from './storage/MemoryStorage.js';
// Loads `pg`: main.ts imports PgStorage itself, and only when REMBUK_DATABASE_URL selects it.
export { PgStorage } from './storage/PgStorage.js';
export type { PgStorageOptions } from './storage/PgStorage.js';
export { createTestDatabase, testServerUrl } from './storage/testDatabase.js';
export type { TestDatabase } from './storage/testDatabase.js';
export { pgSharedLimiter } from './storage/pgSharedLimiter.js';
export type { SharedLimiter } from './net/SharedLimiter.js';
export type { Storage, StoredEvent, EventStore, UpdateStore, VoteRow } from './storage/Storage.js';
export { silentLogger, consoleLogger } from './util/logger.js';
export type { Logger, LogContext } from './util/logger.js';
export { createJsonLogger } from './util/jsonLogger.js';
// Loads prom-client: main.ts imports it only when REMBUK_METRICS_TOKEN turns metrics on.
export { RembukMetrics } from './metrics/RembukMetrics.js';
export type { ReadinessCheck } from './http/operationRoutes.js';
export type { NetworkInterfaces } from './net/publicAddress.js';
