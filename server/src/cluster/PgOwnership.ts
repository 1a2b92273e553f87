import pg from 'pg';
import type { EventId } from '@rembuk/shared';
import type { Logger } from '../util/logger.js';
import type { EventOwnership, OwnershipToken } from './EventOwnership.js';
import { FORGET_EVENT_SQL, OWNER_SCHEMA_SQL, TAKE_EVENT_SQL, TRY_LOCK_SQL, UNLOCK_SQL, WANTED_CHANNEL, eventLockKey } from './pgFence.js';

export interface PgOwnershipOptions {
  databaseUrl: string;
  nodeId: string;
  logger: Logger;
  /** How often the ownership connection is probed; a probe that takes longer than `heartbeatTimeoutMs` cuts it. */
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
  /** Wait before reconnecting a lost ownership connection. */
  reconnectMs?: number;
  /** An event is handed to a node that asks for it only after this node has owned it this long (no ping-pong). */
  handoffAfterMs?: number;
}

interface Owned {
  token: OwnershipToken;
  lockKey: string;
  since: number;
}

/**
 * Event ownership through PostgreSQL, on ONE dedicated connection per node.
 *
 * - A node may own an event while that connection holds the event's session-level advisory lock. When the
 *   connection dies (node killed, `pg_terminate_backend`, network cut), PostgreSQL drops every lock at once and
 *   another node can take the events; this node hears the error on the connection (or its heartbeat times out),
 *   forgets all its events at once and its listeners close their clients with a retryable code.
 * - Noticing is not what makes it safe: a node may still be writing for a moment after its connection died.
 *   Taking an event bumps its epoch in `rembuk_event_owner` (waiting for the old owner's in-flight fenced writes),
 *   and every write checks its epoch inside its own transaction (`assertFence`), so a write from the old owner
 *   either committed before the take-over or is refused.
 * - A node that cannot take an event notifies its owner (`LISTEN/NOTIFY`): the balancer hashes the event to it
 *   now (a node came back or was added), so the owner hands the event over (closing its clients retryably).
 *
 * ```ts
 * const ownership = await PgOwnership.start({ databaseUrl, nodeId: 'node-a', logger });
 * if (!(await ownership.claim(eventId))) refuseWithRetryableCode();
 * ```
 */
export class PgOwnership implements EventOwnership {
  private client: pg.Client | null = null;
  private readonly owned = new Map<EventId, Owned>();
  private readonly claiming = new Map<EventId, Promise<boolean>>();
  private readonly listeners: ((eventIds: readonly EventId[]) => void)[] = [];
  private heartbeat: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private draining = false;
  private closed = false;
  /** pg 9 drops concurrent queries on one client: claims, releases and probes take turns. */
  private turn: Promise<unknown> = Promise.resolve();

  private constructor(private readonly options: Required<PgOwnershipOptions>) {}

  static async start(options: PgOwnershipOptions): Promise<PgOwnership> {
    const ownership = new PgOwnership({ heartbeatMs: 1_000, heartbeatTimeoutMs: 3_000, reconnectMs: 1_000, handoffAfterMs: 5_000, ...options });
    await ownership.connect();
    return ownership;
  }

  ownedCount(): number {
    return this.owned.size;
  }

  healthy(): boolean {
    return this.client !== null && !this.draining && !this.closed;
  }

  token(eventId: EventId): OwnershipToken | null {
    return this.owned.get(eventId)?.token ?? null;
  }

  onLost(listener: (eventIds: readonly EventId[]) => void): void {
    this.listeners.push(listener);
  }

  claim(eventId: EventId): Promise<boolean> {
    if (this.owned.has(eventId)) return Promise.resolve(true);
    let pending = this.claiming.get(eventId);
    if (!pending) {
      pending = this.take(eventId).finally(() => this.claiming.delete(eventId));
      this.claiming.set(eventId, pending);
    }
    return pending;
  }

  private async take(eventId: EventId): Promise<boolean> {
    const client = this.client;
    if (!client || this.draining || this.closed) return false;
    const lockKey = eventLockKey(eventId);
    try {
      const lock = await this.run<{ locked: boolean }>(client, TRY_LOCK_SQL, [lockKey]);
      if (!lock.rows[0]?.locked) {
        await this.run(client, 'SELECT pg_notify($1, $2)', [WANTED_CHANNEL, eventId]);
        return false;
      }
      const taken = await this.run<{ epoch: string }>(client, TAKE_EVENT_SQL, [eventId, this.options.nodeId]);
      // The connection may have died (and been replaced) while we waited: then the lock is gone with it.
      if (client !== this.client || this.draining) return false;
      const epoch = Number(taken.rows[0]?.epoch);
      this.owned.set(eventId, { token: { eventId, nodeId: this.options.nodeId, epoch }, lockKey, since: Date.now() });
      this.options.logger.info(`took event ownership (epoch ${epoch})`);
      return true;
    } catch (error) {
      this.options.logger.error('taking an event failed', error);
      return false;
    }
  }

  /** Give one event up: listeners close its clients first, then the lock goes, so the next owner starts clean. */
  async release(eventId: EventId): Promise<void> {
    const owned = this.owned.get(eventId);
    if (!owned) return;
    this.owned.delete(eventId);
    this.notify([eventId]);
    try {
      if (this.client) await this.run(this.client, UNLOCK_SQL, [owned.lockKey]);
    } catch (error) {
      this.options.logger.error('releasing an event failed', error);
    }
  }

  async forget(eventId: EventId): Promise<void> {
    await this.release(eventId);
    const client = this.client;
    // Without the connection the row stays; it names no one and only fences (any later take-over bumps it).
    if (client) await this.run(client, FORGET_EVENT_SQL, [eventId]).catch((error: unknown) => this.options.logger.error('forgetting a deleted event failed', error));
  }

  async drain(): Promise<void> {
    this.draining = true;
    await Promise.all([...this.owned.keys()].map((eventId) => this.release(eventId)));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.drain();
    this.closed = true;
    this.stopTimers();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    // Named in pg_stat_activity, so an operator (or a test) finds the node's ownership connection; a name in the
    // URL would win over the option, so it goes into the URL.
    const url = new URL(this.options.databaseUrl);
    url.searchParams.set('application_name', `rembuk-owner-${this.options.nodeId}`);
    const client = new pg.Client({ connectionString: url.toString(), keepAlive: true });
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('ownership connection ended')));
    client.on('notification', (message) => {
      if (message.channel === WANTED_CHANNEL && message.payload) this.handOff(message.payload as EventId);
    });
    try {
      await this.prepare(client);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    this.client = client;
    this.heartbeat = setInterval(() => this.probe(client), this.options.heartbeatMs);
    this.heartbeat.unref();
  }

  private async prepare(client: pg.Client): Promise<void> {
    await client.connect();
    // PostgreSQL itself drops a silent peer's session (and so its locks) within about 11 s on TCP.
    await client.query('SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3');
    await client.query(OWNER_SCHEMA_SQL).catch((error: unknown) => {
      // Two nodes starting together race on CREATE TABLE IF NOT EXISTS; the loser sees a unique violation.
      if (!(error instanceof Error && 'code' in error && error.code === '23505')) throw error;
    });
    await client.query(`LISTEN ${WANTED_CHANNEL}`);
  }

  private run<Row extends pg.QueryResultRow>(client: pg.Client, text: string, values: unknown[] = []): Promise<pg.QueryResult<Row>> {
    const result = this.turn.then(() => client.query<Row>(text, values));
    this.turn = result.catch(() => {});
    return result;
  }

  private probe(client: pg.Client): void {
    const timer = setTimeout(() => this.lose(client, new Error('ownership heartbeat timed out')), this.options.heartbeatTimeoutMs);
    this.run(client, 'SELECT 1').then(
      () => clearTimeout(timer),
      (error: unknown) => {
        clearTimeout(timer);
        this.lose(client, error);
      },
    );
  }

  private handOff(eventId: EventId): void {
    const owned = this.owned.get(eventId);
    if (!owned || Date.now() - owned.since < this.options.handoffAfterMs) return;
    this.options.logger.info('handing an event to the node the balancer sends it to');
    void this.release(eventId);
  }

  /** The ownership connection is gone: so is every lock it held. Forget all events at once, then reconnect. */
  private lose(client: pg.Client, error: unknown): void {
    if (client !== this.client) return;
    this.client = null;
    this.stopTimers();
    client.removeAllListeners('notification');
    client.on('error', () => {});
    // Terminate the socket: a half-dead connection must not keep locks while we believe them lost.
    void client.end().catch(() => {});
    const lost = [...this.owned.keys()];
    this.owned.clear();
    this.options.logger.error(`ownership connection lost; giving up ${lost.length} events`, error);
    if (lost.length > 0) this.notify(lost);
    if (!this.closed) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      this.connect().catch((error: unknown) => {
        this.options.logger.error('reconnecting the ownership connection failed', error);
        if (!this.closed) this.scheduleReconnect();
      });
    }, this.options.reconnectMs);
    this.reconnect.unref();
  }

  private stopTimers(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.reconnect) clearTimeout(this.reconnect);
    this.heartbeat = null;
    this.reconnect = null;
  }

  private notify(eventIds: readonly EventId[]): void {
    for (const listener of this.listeners) listener(eventIds);
  }
}
