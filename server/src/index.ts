export { createRembukServer } from './createRembukServer.js';
export type { RembukServer, RembukServerOptions } from './createRembukServer.js';
export { TrustedProxies } from './net/TrustedProxies.js';
export { SqliteStorage } from './storage/SqliteStorage.js';
export { MemoryStorage } from './storage/MemoryStorage.js';
export type { Storage, StoredEvent, EventStore, UpdateStore, VoteRow } from './storage/Storage.js';
export { silentLogger, consoleLogger } from './util/logger.js';
export type { Logger } from './util/logger.js';
export type { NetworkInterfaces } from './net/publicAddress.js';
