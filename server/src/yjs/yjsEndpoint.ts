import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CLOSE_CODES, LIMITS, parseBoardDocName, type WriteAllowance } from '@rembuk/shared';
import { boardPermission, identify, type Access, type AuthStore, type Denial } from '../auth/authorize.js';
import { emptyRoleCounts, type RoleCounts } from '../metrics/roleCounts.js';
import type { RequestLimiter } from '../net/RequestLimiter.js';
import type { Logger } from '../util/logger.js';
import type { BoardRegistry } from './BoardRegistry.js';
import type { BoardRoom } from './BoardRoom.js';
import { fullAwarenessMessage, syncStep1Message } from './frames.js';
import { MalformedFrame, OverBudget, RefusedUpdate, handleMessage } from './messageLoop.js';
import { StrikeBook } from './StrikeBook.js';
import { YjsConnection, accessStrikeKey, type Corkable } from './YjsConnection.js';

/** Path prefix of the Yjs endpoint: `/yjs/<eventId>.<groupId>?token=…`. */
export const YJS_PATH_PREFIX = '/yjs/';
const PING_INTERVAL_MS = 30_000;

const DENIAL_CLOSE_CODES: Record<Denial, number> = {
  unauthorized: CLOSE_CODES.unauthorized,
  forbidden: CLOSE_CODES.forbidden,
  notFound: CLOSE_CODES.boardNotFound,
};

const REFUSAL_CLOSE_CODES: Record<RefusedUpdate['refusal'], number> = {
  schema: CLOSE_CODES.schemaViolation,
  incomplete: CLOSE_CODES.incompleteUpdate,
  boardFull: CLOSE_CODES.boardFull,
};

export interface YjsEndpointDeps {
  store: AuthStore;
  /**
   * Several nodes: own the board's event before loading anything of it; false means another node owns it and the
   * client is closed with the retryable `eventElsewhere` (the balancer sends its retry to the owner).
   */
  claimEvent: (eventId: Access['event']['id']) => Promise<boolean>;
  /** Whether this node still owns the event (it may have lost it while the board loaded). */
  ownsEvent: (eventId: Access['event']['id']) => boolean;
  /** Load the event's session (phase, lock) before its first connection is let in. */
  loadSession: (event: Access['event']) => Promise<void>;
  /** What the session (phase, lock) lets this access write on this board now; participants are gated by it. */
  sessionAllowance: (access: Access, groupId: string) => WriteAllowance;
  registry: BoardRegistry;
  /** Per-address budget of upgrades, keyed by the same address rule (and trusted proxies) as REST and socket.io. */
  upgradeLimiter: RequestLimiter;
  logger: Logger;
  /** Told the close code of every connection cut for a frame it sent (`GET /metrics`). */
  onFrameRefused?: (code: number) => void;
}

export interface YjsEndpoint {
  /** Close every connection with a retryable code and stop accepting new ones. */
  close(): void;
  /** Close the connections whose access matches, e.g. those of a revoked key or a deleted event. */
  closeWhere(matches: (access: Access, groupId: string) => boolean, code: number, reason: string): void;
  connectionCount(): number;
  connectionsByRole(): RoleCounts;
}

/**
 * Serve the y-websocket protocol on the shared HTTP server. Authentication happens at the upgrade; a refused
 * client gets an opened-then-closed socket with a 44xx code, which y-websocket 3 treats as final (a plain HTTP
 * 401 would make it retry forever).
 */
export function attachYjsEndpoint(httpServer: Server, deps: YjsEndpointDeps): YjsEndpoint {
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxFrameBytes });
  const connections = new Set<YjsConnection>();
  const strikes = new StrikeBook();
  let closing = false;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    if (!url.pathname.startsWith(YJS_PATH_PREFIX)) return; // socket.io handles its own upgrades
    if (closing || !deps.upgradeLimiter.take(request)) {
      // Retryable on purpose: y-websocket backs off and comes back when the burst has passed.
      socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 2\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // A random id per connection follows it through the logs without naming anyone.
      const log = deps.logger.child({ connectionId: randomUUID() });
      void accept(ws, socket, url, log).catch((error: unknown) => {
        log.error('accepting a Yjs connection failed', error);
        ws.close(CLOSE_CODES.serverRestart, 'internal error');
      });
    });
  };
  httpServer.on('upgrade', onUpgrade);

  async function accept(ws: WebSocket, transport: Corkable, url: URL, log: Logger): Promise<void> {
    // Frames may arrive while the board loads; keep them in order.
    const early: RawData[] = [];
    const queueEarly = (data: RawData): void => {
      early.push(data);
    };
    ws.on('message', queueEarly);
    // ws has already started the close itself (1009 for an oversize frame, 1002/1007 for a bad one), after what it
    // still has queued, and discards what the client keeps sending. Terminating here instead would reset a socket
    // with unread data: the kernel drops the unsent close frame and the client sees 1006. A listener is still
    // needed, as an unhandled 'error' event would throw.
    ws.on('error', () => {});

    const docName = safeDecode(url.pathname.slice(YJS_PATH_PREFIX.length));
    const board = docName === null ? null : parseBoardDocName(docName);
    if (docName === null || !board) {
      ws.close(CLOSE_CODES.boardNotFound, 'no such board');
      return;
    }
    const token = url.searchParams.get('token') ?? undefined;
    const identification = await identify(deps.store, token, board.eventId);
    if (!identification.ok) {
      ws.close(DENIAL_CLOSE_CODES[identification.denial], identification.denial);
      return;
    }
    const { access } = identification;
    if (strikes.isBarred(accessStrikeKey(access))) {
      // Before any board is loaded or synced: a barred device costs one look-up per attempt.
      ws.close(CLOSE_CODES.rateLimited, 'updates refused repeatedly; wait');
      return;
    }
    if (!access.event.groups.some((group) => group.id === board.groupId)) {
      ws.close(CLOSE_CODES.boardNotFound, 'notFound');
      return;
    }
    const permission = boardPermission(access, board.groupId);
    if (permission === 'none') {
      ws.close(CLOSE_CODES.forbidden, 'forbidden');
      return;
    }
    if (!(await deps.claimEvent(access.event.id))) {
      ws.close(CLOSE_CODES.eventElsewhere, 'event owned by another node');
      return;
    }
    await deps.loadSession(access.event);
    const room = await deps.registry.acquire(docName);
    const connection = new YjsConnection(ws, transport, access, board.groupId, permission, deps.sessionAllowance);
    if (ws.readyState !== ws.OPEN || closing || !deps.ownsEvent(access.event.id)) {
      deps.registry.release(docName);
      if (closing) connection.close(CLOSE_CODES.serverRestart, 'server shutting down');
      else connection.close(CLOSE_CODES.eventElsewhere, 'event moved to another node');
      return;
    }
    connections.add(connection);
    room.addConnection(connection);
    ws.on('pong', () => {
      connection.isAlive = true;
    });
    ws.on('close', () => {
      connection.markClosed();
      connections.delete(connection);
      room.removeConnection(connection);
      deps.registry.release(docName);
    });

    // Start the sync: our state vector (the client answers with what we lack) and who else is here.
    connection.sendBatch(() => {
      connection.sendDocMessage(syncStep1Message(room.doc));
      const awareness = fullAwarenessMessage(room.awareness);
      if (awareness) connection.sendAwarenessMessage(awareness);
    });

    ws.off('message', queueEarly);
    const onMessage = (data: RawData, isBinary: boolean): void => receive(room, connection, data, isBinary, log);
    ws.on('message', onMessage);
    for (const data of early) receive(room, connection, data, true, log);
  }

  function receive(room: BoardRoom, connection: YjsConnection, data: RawData, isBinary: boolean, log: Logger): void {
    if (connection.isClosed) return;
    if (!connection.takeMessageToken()) {
      deps.onFrameRefused?.(CLOSE_CODES.rateLimited);
      connection.close(CLOSE_CODES.rateLimited, 'too many messages');
      return;
    }
    try {
      if (!isBinary) throw new MalformedFrame('text frame');
      handleMessage(room, connection, toUint8Array(data), log);
    } catch (error) {
      const { code, reason } = closeFor(error);
      log.warn(`closing a connection to ${room.name}: ${reason}`);
      if (error instanceof RefusedUpdate || error instanceof MalformedFrame) strikes.strike(connection.strikeKey);
      deps.onFrameRefused?.(code);
      connection.close(code, reason.slice(0, 100));
    }
  }

  // Detect dead phones (wifi gone without a close) so their presence and awareness disappear.
  const pingTimer = setInterval(() => {
    for (const connection of connections) {
      if (!connection.isAlive) {
        connection.socket.terminate();
        continue;
      }
      connection.isAlive = false;
      connection.socket.ping();
    }
  }, PING_INTERVAL_MS);
  pingTimer.unref();

  return {
    close(): void {
      closing = true;
      clearInterval(pingTimer);
      httpServer.off('upgrade', onUpgrade);
      for (const connection of connections) connection.close(CLOSE_CODES.serverRestart, 'server restarting');
      wss.close();
    },
    closeWhere(matches, code, reason): void {
      for (const connection of connections) {
        if (matches(connection.access, connection.groupId)) connection.close(code, reason);
      }
    },
    connectionCount: () => connections.size,
    connectionsByRole: () => {
      const counts = emptyRoleCounts();
      for (const connection of connections) counts[connection.access.role] += 1;
      return counts;
    },
  };
}

/** The close code and reason for what went wrong with a frame. */
function closeFor(error: unknown): { code: number; reason: string } {
  if (error instanceof RefusedUpdate) return { code: REFUSAL_CLOSE_CODES[error.refusal], reason: error.message };
  if (error instanceof OverBudget) return { code: CLOSE_CODES.rateLimited, reason: error.message };
  if (error instanceof MalformedFrame) return { code: CLOSE_CODES.malformedFrame, reason: error.message };
  return { code: CLOSE_CODES.malformedFrame, reason: 'frame could not be applied' };
}

function safeDecode(component: string): string | null {
  try {
    return decodeURIComponent(component);
  } catch {
    return null;
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
