import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { CLOSE_CODES, boardDocName, parseBoardDocName, readBoard, type EventId, type GroupId, type ServerAddress } from '@rembuk/shared';
import { DEFAULT_CONNECT_BURST, DEFAULT_CONNECTS_PER_SECOND } from './config.js';
import { LocalOwnership, type EventOwnership } from './cluster/EventOwnership.js';
import { purgeExpiredEvents } from './events/deleteEvent.js';
import { ExportWorker } from './export/ExportWorker.js';
import type { RealtimeControl } from './events/RealtimeControl.js';
import { createApp } from './http/createApp.js';
import { storeReachable, type ReadinessCheck } from './http/operationRoutes.js';
import type { BoardMetrics, MetricsSources } from './metrics/BoardMetrics.js';
import { RequestLimiter } from './net/RequestLimiter.js';
import type { SharedLimiter } from './net/SharedLimiter.js';
import type { TrustedProxies } from './net/TrustedProxies.js';
import { lanUrls, serverAddress, type NetworkInterfaces } from './net/publicAddress.js';
import { attachControlPlane } from './realtime/controlPlane.js';
import type { BoardStats } from './realtime/dashboardRows.js';
import { Moderator } from './session/Moderator.js';
import { runCommand } from './session/runCommand.js';
import { SessionManager } from './session/SessionManager.js';
import { ThemeWorker } from './themes/ThemeEngine.js';
import { ThemeService } from './themes/ThemeService.js';
import { VoteManager } from './session/VoteManager.js';
import type { WallSources } from './wall/buildWallView.js';
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
  /** Per-address budget of Yjs upgrades and socket.io handshakes together (defaults: 50 per second, bursts of 400). */
  connectLimit?: { perSecond: number; burst: number };
  /**
   * Reverse proxies whose `X-Forwarded-For` names the client (`REMBUK_TRUST_PROXY`); none by default, and then
   * every limit is keyed on the TCP peer.
   */
  trustedProxies?: TrustedProxies;
  /** How often expired events are purged (default hourly). */
  purgeIntervalMs?: number;
  /** Quiet time after a board change before themes are recomputed (default 1.5 s). */
  themesDelayMs?: number;
  /** `REMBUK_PUBLIC_URL` as an origin; without it links use the first LAN address. */
  publicUrl?: string | null;
  /** The machine's interfaces (default `os.networkInterfaces`), read at each question: wifi may change address. */
  networkInterfaces?: () => NetworkInterfaces;
  /**
   * Several nodes (issue 13): which events this node owns (`PgOwnership`). Default: single-node mode, where this
   * process owns every event and nothing else changes.
   */
  ownership?: EventOwnership;
  /**
   * More conditions of `GET /readyz` beside "the store answers" (e.g. event ownership working); each resolves to
   * null when it holds, else to a short reason.
   */
  readinessChecks?: readonly ReadinessCheck[];
  /**
   * `GET /metrics`, behind `Authorization: Bearer <token>`; off without it. `create` builds the registry
   * (`(sources) => new RembukMetrics(sources)`): passed in so that prom-client is loaded only when metrics are on.
   */
  metrics?: { token: string; create(sources: MetricsSources): ServerMetrics };
  /**
   * Several nodes: budgets counted across all of them for what the balancer cannot send to one node by event
   * (join-code look-ups and seats, event creation). Each request passes the local budget first.
   */
  sharedLimits?: { lookups: SharedLimiter; creations: SharedLimiter };
}

/** What the server needs of its metrics registry (RembukMetrics). */
export interface ServerMetrics extends BoardMetrics {
  readonly contentType: string;
  render(): Promise<string>;
  frameRefused(code: number): void;
  timeAppends(storage: Storage): Storage;
}

export interface RembukServer {
  httpServer: Server;
  registry: BoardRegistry;
  /** Listen and resolve with the bound port (pass 0 for a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** Delete every event whose retention ended (also runs on a schedule); returns how many. */
  purgeExpired(now?: Date): Promise<number>;
  /** Stop accepting, close every connection with a retryable code, persist every board, close the store. */
  close(): Promise<void>;
  yjsConnectionCount(): number;
  ownership: EventOwnership;
  /** Where phones reach this server (what `GET /api/server` answers); meaningful once listening. */
  address(): ServerAddress;
}

const DEFAULT_BOARD_OPTIONS: BoardRegistryOptions = {
  idleUnloadMs: 30_000,
  compactAfterUpdates: 500,
  persistRetryMs: 1_000,
};
const DEFAULT_PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** Like the wall's rebuild: a burst of typing recomputes themes once, a moment after it ends. */
const DEFAULT_THEMES_DELAY_MS = 1_500;
/** Time for a moved device to receive `seatChanged` before its old sockets and board connection close. */
const SEAT_CHANGE_CLOSE_DELAY_MS = 300;

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
  // The metrics read counts of parts created below, at each scrape (never before they exist).
  const metrics: ServerMetrics | undefined = options.metrics?.create({
    yjsConnectionsByRole: () => yjs.connectionsByRole(),
    socketConnectionsByRole: () => control.connectionsByRole(),
    boardsLoaded: (): number => registry.loadedBoardCount,
    eventsLoaded: (): number => registry.loadedEventCount,
    eventsOwned: (): number => ownership.ownedCount() ?? registry.loadedEventCount,
  });
  let closing: Promise<void> | null = null;
  const storage: Storage = metrics ? metrics.timeAppends(options.storage) : options.storage;
  const ownership = options.ownership ?? new LocalOwnership();
  const clustered = options.ownership !== undefined;
  // Late-bound like publishSession below: boards report changes to the control plane created after them.
  let boardChanged: (docName: string) => void = () => {};
  const registry = new BoardRegistry(
    storage,
    { ...DEFAULT_BOARD_OPTIONS, ...options.boards, onChanged: (docName) => boardChanged(docName), ...(metrics ? { metrics } : {}) },
    logger,
  );

  // Generous per-address limits: a whole venue may share one NAT address.
  const trusted = options.trustedProxies ?? null;
  const lookupLimiter = new RequestLimiter(new KeyedRateLimiter(20, 200), trusted, options.sharedLimits?.lookups ?? null);
  const creationLimiter = new RequestLimiter(new KeyedRateLimiter(1, 20), trusted, options.sharedLimits?.creations ?? null);
  const connectLimit = options.connectLimit ?? { perSecond: DEFAULT_CONNECTS_PER_SECOND, burst: DEFAULT_CONNECT_BURST };
  // One bucket per address for Yjs upgrades and socket.io handshakes together.
  const upgradeLimiter = new KeyedRateLimiter(connectLimit.perSecond, connectLimit.burst);

  // Late-bound: the control plane needs the session manager, which reports changes to the control plane.
  let publishSession: (eventId: EventId) => void = () => {};
  const sessions = new SessionManager(storage, logger, (eventId) => publishSession(eventId));
  const votes = new VoteManager(storage, storage, registry, sessions);
  const moderator = new Moderator(registry, storage, votes);
  const boardStats: BoardStats = {
    stats: (eventId, groupId) =>
      registry.withBoard(boardDocName(eventId as EventId, groupId as GroupId), (room) => {
        const board = readBoard(room.doc);
        return { challenges: board.challenges.length, actions: board.actions.length, lastChangedAt: room.lastChangedAt };
      }),
  };

  const wallSources: WallSources = {
    readBoard: (eventId, groupId) => registry.withBoard(boardDocName(eventId, groupId as GroupId), (room) => readBoard(room.doc)),
    votesRevealed: (eventId, groupId) => sessions.group(eventId, groupId).votesRevealed,
    voteTotals: (eventId, groupId) => votes.totals(eventId, groupId),
    wallThemes: (event) => themes.wallThemes(event),
  };
  // Late-bound publisher: the control plane that pushes themes is created after the service.
  const themes = new ThemeService(
    storage,
    { getEvent: (eventId) => storage.getEvent(eventId), ...wallSources },
    {
      themes: (eventId, reply) => control.publishThemes(eventId, reply),
      duplicates: (eventId, reply) => control.publishDuplicates(eventId, reply),
      wallThemesChanged: (eventId) => control.themesOnWallChanged(eventId),
    },
    logger,
    // Clustering runs on its own thread: the largest event costs a few hundred ms of CPU, the boards none of it.
    { delayMs: options.themesDelayMs ?? DEFAULT_THEMES_DELAY_MS, engine: new ThemeWorker() },
  );

  const realtime: RealtimeControl = {
    seatChanged: (eventId, deviceId, groupId) => {
      // Tell the device where it sits first; cut its old board a moment later, so the phone learns its new group
      // before it sees its board close (a final close code would otherwise leave it on a closed board).
      control.seatChanged(eventId, deviceId, groupId);
      setTimeout(() => {
        control.disconnectDevice(eventId, deviceId);
        yjs.closeWhere(
          (access, boardGroupId) => access.role === 'participant' && access.event.id === eventId && access.deviceId === deviceId && boardGroupId !== groupId,
          CLOSE_CODES.seatChanged,
          'seat changed',
        );
      }, SEAT_CHANGE_CLOSE_DELAY_MS).unref();
    },
    keyRevoked: (_eventId, keyId) => {
      yjs.closeWhere(
        (access) => (access.role === 'facilitator' || access.role === 'projector') && access.keyId === keyId,
        CLOSE_CODES.accessRevoked,
        'key revoked',
      );
      control.disconnectKey(keyId);
    },
    readingOtherGroupsEnded: (eventId) => {
      yjs.closeWhere(
        (access, boardGroupId) => access.role === 'participant' && access.event.id === eventId && access.seat !== boardGroupId,
        CLOSE_CODES.accessRevoked,
        'reading other groups ended',
      );
      // Their control sockets too: they would otherwise keep hearing that group's presence, votes and session.
      control.disconnectOtherGroupReaders(eventId);
    },
    eventDeleted: (eventId) => {
      yjs.closeWhere((access) => access.event.id === eventId, CLOSE_CODES.accessRevoked, 'event deleted');
      control.disconnectEvent(eventId);
      registry.discardEvent(eventId);
      sessions.forget(eventId);
      moderator.forget(eventId);
      themes.forget(eventId);
      // Several nodes: a node that still had the event (the balancer sent the deletion elsewhere) is fenced out.
      void ownership.forget(eventId);
    },
  };

  const readInterfaces = options.networkInterfaces ?? networkInterfaces;
  const address = (): ServerAddress => {
    const bound = httpServer.address() as AddressInfo | null;
    return serverAddress(options.publicUrl ?? null, bound ? lanUrls(readInterfaces(), bound.address, bound.port) : []);
  };

  const exportWorker = new ExportWorker();
  const app = createApp({
    store: storage,
    registry,
    votes,
    exports: exportWorker,
    lookupLimiter,
    creationLimiter,
    logger,
    realtime,
    clientDir: options.clientDir ?? null,
    serverAddress: address,
    themes,
    readinessChecks: [
      async () => (closing ? 'shutting down' : null),
      storeReachable(() => storage.ping()),
      ...(options.readinessChecks ?? []),
    ],
    metrics: metrics && options.metrics ? { token: options.metrics.token, contentType: metrics.contentType, render: () => metrics.render() } : null,
  });
  const httpServer = createServer(app);
  const control = attachControlPlane(httpServer, {
    store: storage,
    sessions,
    votes,
    boardStats,
    wallSources,
    logger,
    handshakeLimiter: new RequestLimiter(upgradeLimiter, trusted),
    themes,
    votesChanged: (eventId) => themes.changed(eventId),
    claimEvent: (eventId) => ownership.claim(eventId),
    eventInUrl: clustered,
    runCommand: (access, command) =>
      runCommand(
        {
          sessions,
          moderator,
          seats: storage,
          seatChanged: realtime.seatChanged,
          publishVotes: (eventId, groupId) => {
            control.publishVotes(eventId, groupId);
            // A merge or a hidden card changes which cards count; revealed votes change theme totals.
            themes.changed(eventId);
          },
          runThemeCommand: (access, command) => themes.run(access, command),
        },
        access,
        command,
      ),
  });
  publishSession = (eventId) => {
    control.publishSession(eventId);
    // Revealing or hiding votes changes theme totals.
    themes.changed(eventId);
  };
  boardChanged = (docName) => {
    const board = parseBoardDocName(docName);
    if (!board) return;
    control.boardChanged(board.eventId);
    themes.changed(board.eventId);
  };
  const yjs = attachYjsEndpoint(httpServer, {
    store: storage,
    registry,
    upgradeLimiter: new RequestLimiter(upgradeLimiter, trusted),
    logger,
    claimEvent: (eventId) => ownership.claim(eventId),
    ownsEvent: (eventId) => ownership.token(eventId) !== null,
    ...(metrics ? { onFrameRefused: (code: number) => metrics.frameRefused(code) } : {}),
    loadSession: (event) => sessions.load(event),
    sessionAllowance: (access, groupId) => sessions.allowance(access, groupId),
  });

  // An event that moved to another node (or whose ownership connection died): its clients reconnect through the
  // balancer to the new owner, and nothing of it stays in memory here (it is all in the store: durable before
  // broadcast). A node that lost its database connection loses every event at once.
  ownership.onLost((eventIds) => {
    const lost = new Set<string>(eventIds);
    yjs.closeWhere((access) => lost.has(access.event.id), CLOSE_CODES.eventElsewhere, 'event moved to another node');
    for (const eventId of eventIds) {
      control.dropEvent(eventId);
      registry.discardEvent(eventId);
      sessions.forget(eventId);
      moderator.forget(eventId);
    }
  });

  const purgeExpired = (now = new Date()) => purgeExpiredEvents(storage, realtime, now, (eventId) => ownership.claim(eventId));
  const purgeTimer = setInterval(() => {
    purgeExpired().catch((error: unknown) => logger.error('purging expired events failed', error));
  }, options.purgeIntervalMs ?? DEFAULT_PURGE_INTERVAL_MS);
  purgeTimer.unref();


  return {
    httpServer,
    registry,
    purgeExpired,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve((httpServer.address() as AddressInfo).port);
          // Events whose retention ended while the server was down go at once.
          void purgeExpired().catch((error: unknown) => logger.error('purging expired events failed', error));
        });
      }),
    close: () => {
      closing ??= (async () => {
        clearInterval(purgeTimer);
        yjs.close();
        await control.close();
        sessions.close();
        await themes.close();
        await exportWorker.close();
        const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        try {
          await registry.closeAll();
        } finally {
          // After the last board is stored: the next owner of each event then loads everything (SIGTERM drain).
          await ownership.close();
          await storage.close();
          await httpClosed;
        }
      })();
      return closing;
    },
    yjsConnectionCount: () => yjs.connectionCount(),
    ownership,
    address,
  };
}
