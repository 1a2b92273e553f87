import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRembukServer, silentLogger, SqliteStorage, TrustedProxies, type NetworkInterfaces, type RembukServer, type RembukServerOptions, type Storage } from '@rembuk/server';
import { boardDocName, readBoard, type BoardSnapshot, type CreateAccessKeyReply, type CreateEventReply, type EventId, type GroupId, type TakeSeatReply } from '@rembuk/shared';

export const CLIENT_DIST = resolve(import.meta.dirname, '..', '..', 'client', 'dist');

export interface TestServer {
  server: RembukServer;
  storage: Storage;
  port: number;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `ws://127.0.0.1:PORT/yjs`: the serverUrl a WebsocketProvider takes. */
  yjsUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Reuse a data directory (to test restarts); a fresh temp dir otherwise. */
  dataDir?: string;
  /** Use this storage instead of SQLite in `dataDir`. */
  storage?: Storage;
  /** Serve the built client (browser tests). */
  serveClient?: boolean;
  idleUnloadMs?: number;
  compactAfterUpdates?: number;
  /** What `REMBUK_TRUST_PROXY` would say (e.g. `loopback`); by default no proxy is trusted. */
  trustProxy?: string;
  /** What `REMBUK_PUBLIC_URL` would say, as an origin; by default links use the first LAN address. */
  publicUrl?: string;
  /** The interface to bind, `127.0.0.1` by default (`0.0.0.0` to list the machine's LAN addresses). */
  host?: string;
  /** The machine's network interfaces as the server should see them (the real ones by default). */
  networkInterfaces?: () => NetworkInterfaces;
  /** Any other option of createRembukServer (metrics, readiness checks, a capturing logger). */
  serverOptions?: Partial<RembukServerOptions>;
}

/** A real Rembuk server on a free port, with SQLite in a temp dir unless told otherwise. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rembuk-test-'));
  const storage = options.storage ?? new SqliteStorage(join(dataDir, 'rembuk.db'));
  const server = createRembukServer({
    storage,
    logger: silentLogger,
    clientDir: options.serveClient ? CLIENT_DIST : null,
    ...(options.trustProxy !== undefined ? { trustedProxies: TrustedProxies.parse(options.trustProxy) } : {}),
    ...(options.publicUrl !== undefined ? { publicUrl: options.publicUrl } : {}),
    ...(options.networkInterfaces !== undefined ? { networkInterfaces: options.networkInterfaces } : {}),
    boards: {
      ...(options.idleUnloadMs !== undefined ? { idleUnloadMs: options.idleUnloadMs } : {}),
      ...(options.compactAfterUpdates !== undefined ? { compactAfterUpdates: options.compactAfterUpdates } : {}),
    },
    ...options.serverOptions,
  });
  const port = await server.listen(0, options.host ?? '127.0.0.1');
  return {
    server,
    storage,
    port,
    url: `http://127.0.0.1:${port}`,
    yjsUrl: `ws://127.0.0.1:${port}/yjs`,
    dataDir,
    close: async () => {
      await server.close();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Create an event over the real REST API. */
export async function createTestEvent(baseUrl: string, body: Record<string, unknown> = { title: 'Rapat uji' }): Promise<CreateEventReply> {
  const response = await fetch(`${baseUrl}/api/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST /api/events answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CreateEventReply;
}

/** Poll until `check` stops throwing (clients agreeing "eventually"), or fail with its last error. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5_000, intervalMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** The server's own copy of a board, if it is loaded: what a command or vote will find. */
export function serverBoard(server: TestServer, eventId: EventId, groupId: GroupId): BoardSnapshot | null {
  const room = server.server.registry.loaded(boardDocName(eventId, groupId));
  return room ? readBoard(room.doc) : null;
}

/**
 * Wait until the server's copy of a board holds these cards: a client's write has arrived, so a command or vote
 * about them will find them (rather than sleeping and hoping).
 */
export async function untilServerHas(server: TestServer, eventId: EventId, groupId: GroupId, cardIds: readonly string[]): Promise<void> {
  await eventually(() => {
    const board = serverBoard(server, eventId, groupId);
    const ids = new Set<string>([...(board?.challenges ?? []), ...(board?.actions ?? [])].map((card) => card.id));
    const missing = cardIds.filter((id) => !ids.has(id));
    if (missing.length > 0) throw new Error(`the server's board lacks ${missing.join(', ')}`);
  });
}

/** Take a seat in a group as a participant device, over the real REST API; pass the old ticket to switch groups. */
export async function takeSeat(baseUrl: string, joinCode: string, groupId: string, ticket?: string): Promise<TakeSeatReply> {
  const response = await fetch(`${baseUrl}/api/join/${joinCode}/seat`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ticket ? { groupId, ticket } : { groupId }),
  });
  if (response.status !== 201) throw new Error(`POST seat answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as TakeSeatReply;
}

/** Create a facilitator or projector key as the organizer. */
export async function createAccessKey(
  baseUrl: string,
  reply: CreateEventReply,
  body: { role: 'facilitator' | 'projector'; groupIds?: string[]; label?: string },
): Promise<CreateAccessKeyReply> {
  const response = await fetch(`${baseUrl}/api/events/${reply.event.id}/keys`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${reply.organizerKey}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST keys answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CreateAccessKeyReply;
}
