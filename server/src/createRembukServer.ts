import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './http/createApp.js';
import { attachPresenceServer } from './realtime/presenceServer.js';
import type { Storage } from './storage/Storage.js';
import { consoleLogger, type Logger } from './util/logger.js';
import { KeyedRateLimiter } from './util/TokenBucket.js';
import { BoardRegistry, type BoardRegistryOptions } from './yjs/BoardRegistry.js';
import { attachYjsEndpoint } from './yjs/yjsEndpoint.js';

export interface RembukServerOptions {
  storage: Storage;
  clientDir?: string | null;
  logger?: Logger;
  boards?: Partial<BoardRegistryOptions>;
}

export interface RembukServer {
  httpServer: Server;
  registry: BoardRegistry;
  /** Listen and resolve with the bound port (pass 0 for a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** Stop accepting, close every connection with a retryable code, persist every board, close the store. */
  close(): Promise<void>;
  yjsConnectionCount(): number;
}

const DEFAULT_BOARD_OPTIONS: BoardRegistryOptions = {
  idleUnloadMs: 30_000,
  compactAfterUpdates: 500,
  persistRetryMs: 1_000,
};

/**
 * One HTTP port for everything: the built client, the REST API, socket.io and the Yjs endpoint.
 *
 * ```ts
 * const server = createRembukServer({ storage: new SqliteStorage('data/rembuk.db') });
 * await server.listen(3000);
 * ```
 */
export function createRembukServer(options: RembukServerOptions): RembukServer {
  const logger = options.logger ?? consoleLogger;
  const { storage } = options;
  const registry = new BoardRegistry(storage, { ...DEFAULT_BOARD_OPTIONS, ...options.boards }, logger);
  // Generous per-address limits: a whole venue may share one NAT address.
  const lookupLimiter = new KeyedRateLimiter(20, 200);
  const creationLimiter = new KeyedRateLimiter(1, 20);
  const upgradeLimiter = new KeyedRateLimiter(50, 400);

  const app = createApp({ store: storage, registry, lookupLimiter, creationLimiter, logger, clientDir: options.clientDir ?? null });
  const httpServer = createServer(app);
  const presence = attachPresenceServer(httpServer, { store: storage, logger, handshakeLimiter: upgradeLimiter });
  const yjs = attachYjsEndpoint(httpServer, { store: storage, registry, upgradeLimiter, logger });
  let closing: Promise<void> | null = null;

  return {
    httpServer,
    registry,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve((httpServer.address() as AddressInfo).port);
        });
      }),
    close: () => {
      closing ??= (async () => {
        yjs.close();
        await presence.close();
        const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        try {
          await registry.closeAll();
        } finally {
          await storage.close();
          await httpClosed;
        }
      })();
      return closing;
    },
    yjsConnectionCount: () => yjs.connectionCount(),
  };
}
