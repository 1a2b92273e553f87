import { createHash } from 'node:crypto';
import pg from 'pg';
import type { EventId } from '@rembuk/shared';
import { FencedOut, assertFence, fenceEvents } from '../cluster/pgFence.js';
import type { OwnershipToken } from '../cluster/EventOwnership.js';
import type { Logger } from '../util/logger.js';
import { AsyncGroupCommit } from './AsyncGroupCommit.js';
import type { AppendEntry } from './GroupCommit.js';
import { EVENT_ROW_TABLES, migratePg } from './pgSchema.js';
import type { AuditEntry, CompactionReason, Storage, StoredAccessKey, StoredEvent, StoredSession, VoteRow } from './Storage.js';

const SQL = {
  insertEvent: 'INSERT INTO events (id, join_code, purge_at, data, created_at) VALUES ($1, $2, $3, $4, $5)',
  updateEvent: 'UPDATE events SET purge_at = $1, data = $2 WHERE id = $3',
  eventById: 'SELECT data FROM events WHERE id = $1',
  eventByJoinCode: 'SELECT data FROM events WHERE join_code = $1',
  // COLLATE "C": ISO times compare as plain strings, whatever the database's collation.
  eventsToPurge: `SELECT id FROM events WHERE purge_at <> '' AND purge_at COLLATE "C" <= $1 COLLATE "C"`,
  selectUpdates: 'SELECT data FROM board_updates WHERE event_key = $1 AND doc = $2 ORDER BY seq',
  // ORDER BY the array position: sequence numbers are drawn in that order, so each document's log keeps it.
  insertUpdates:
    'INSERT INTO board_updates (event_key, doc, data) ' +
    'SELECT k, d, b FROM unnest($1::text[], $2::text[], $3::bytea[]) WITH ORDINALITY AS u(k, d, b, n) ORDER BY n',
  insertUpdate: 'INSERT INTO board_updates (event_key, doc, data) VALUES ($1, $2, $3)',
  deleteUpdates: 'DELETE FROM board_updates WHERE event_key = $1 AND doc = $2',
  insertKey: 'INSERT INTO access_keys (id, event_id, key_hash, data) VALUES ($1, $2, $3, $4)',
  keyByHash: 'SELECT data FROM access_keys WHERE key_hash = $1',
  keysOfEvent: 'SELECT data FROM access_keys WHERE event_id = $1',
  keyByIdForUpdate: 'SELECT data FROM access_keys WHERE event_id = $1 AND id = $2 FOR UPDATE',
  updateKey: 'UPDATE access_keys SET data = $1 WHERE event_id = $2 AND id = $3',
  upsertSeat:
    'INSERT INTO seats (event_id, device_id, group_id) VALUES ($1, $2, $3) ' +
    'ON CONFLICT (event_id, device_id) DO UPDATE SET group_id = excluded.group_id',
  seat: 'SELECT group_id FROM seats WHERE event_id = $1 AND device_id = $2',
  seatCounts: 'SELECT group_id, COUNT(*)::int AS seated FROM seats WHERE event_id = $1 GROUP BY group_id',
  upsertSession:
    'INSERT INTO sessions (event_id, data) VALUES ($1, $2) ON CONFLICT (event_id) DO UPDATE SET data = excluded.data',
  session: 'SELECT data FROM sessions WHERE event_id = $1',
  upsertThemeDecisions:
    'INSERT INTO theme_decisions (event_id, data) VALUES ($1, $2) ON CONFLICT (event_id) DO UPDATE SET data = excluded.data',
  themeDecisions: 'SELECT data FROM theme_decisions WHERE event_id = $1',
  upsertVotes:
    'INSERT INTO votes (event_id, group_id, card_id, device_id, count) VALUES ($1, $2, $3, $4, $5) ' +
    'ON CONFLICT (event_id, group_id, card_id, device_id) DO UPDATE SET count = excluded.count',
  deleteVotes: 'DELETE FROM votes WHERE event_id = $1 AND group_id = $2 AND card_id = $3 AND device_id = $4',
  votesOfGroup:
    'SELECT card_id AS "cardId", device_id AS "deviceId", count FROM votes WHERE event_id = $1 AND group_id = $2',
  insertAudit: 'INSERT INTO audit_log (event_id, data) VALUES ($1, $2)',
  auditOfEvent: 'SELECT data FROM audit_log WHERE event_id = $1 ORDER BY seq',
  lockPartition: 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
  ping: 'SELECT 1',
} as const;

/** Forgetting the known partitions past this many costs one idempotent CREATE per event, and bounds memory. */
const MAX_KNOWN_PARTITIONS = 10_000;

/** More connections than this gain nothing for one node's writes (they are batched) and starve other nodes. */
export const DEFAULT_PG_POOL_SIZE = 10;

export interface PgStorageOptions {
  connectionString: string;
  /** A schema to work in (tests use a fresh one each); the connection's default search path otherwise. */
  schema?: string;
  poolSize?: number;
  logger: Logger;
  /**
   * Several nodes (issue 13): the ownership token of an event this node owns, or null. With it, every write that
   * belongs to the event's owner (board appends and compaction, session, votes, audit notes) checks the token in
   * its own transaction (`assertFence`), so a node that lost the event cannot land a write after the take-over.
   */
  fence?: (eventId: EventId) => OwnershipToken | null;
}

/**
 * The multi-node store: PostgreSQL through a bounded `pg` pool. A write resolves after its transaction
 * committed with `synchronous_commit = on` (forced per connection), so it is on the server's disk; the board
 * appends of one event-loop turn share one transaction (AsyncGroupCommit).
 *
 * Nothing deleted may linger in the database files (survivors' cards, redacted text): PostgreSQL's DELETE only
 * marks rows dead, and even VACUUM leaves the bytes of the newest freed row in the page's free space (measured:
 * the text stays findable with pageinspect). So compaction rewrites its event's partition with VACUUM FULL, and
 * deleting an event drops its partition and rewrites the small metadata tables (see `scrub*`).
 *
 * ```ts
 * const store = await PgStorage.open({ connectionString: 'postgres://rembuk@db/rembuk', logger });
 * ```
 */
export class PgStorage implements Storage {
  private readonly appends = new AsyncGroupCommit((entries) => this.writeBatch(entries));
  /** Partitions this node knows exist; a failed write forgets its events' partitions (another node may drop one). */
  private readonly knownPartitions = new Set<string>();
  private closed: Promise<void> | null = null;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly fence: ((eventId: EventId) => OwnershipToken | null) | null,
  ) {}

  static async open(options: PgStorageOptions): Promise<PgStorage> {
    const settings = ['-c synchronous_commit=on'];
    if (options.schema !== undefined) settings.push(`-c search_path=${safeIdentifier(options.schema)}`);
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? DEFAULT_PG_POOL_SIZE,
      options: settings.join(' '),
      connectionTimeoutMillis: 5_000,
    });
    // An idle connection that dies (database restart, network cut) must not take the process down with it;
    // the next query gets a fresh connection or rejects.
    pool.on('error', (error) => options.logger.warn(`PostgreSQL connection lost: ${error.message}`));
    try {
      await migratePg(pool);
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return new PgStorage(pool, options.fence ?? null);
  }

  /** The bounded pool, shared with what else this node keeps in the same database (the shared rate limits). */
  get connectionPool(): pg.Pool {
    return this.pool;
  }

  /** A cheap round trip: is the database reachable now? */
  async ping(): Promise<void> {
    await this.pool.query(SQL.ping);
  }

  async createEvent(event: StoredEvent): Promise<void> {
    await this.pool.query(SQL.insertEvent, [event.id, normalized(event.joinCode), event.purgeAt, JSON.stringify(event), event.createdAt]);
  }

  async getEvent(id: EventId): Promise<StoredEvent | null> {
    return parseFirst<StoredEvent>(await this.pool.query(SQL.eventById, [id]));
  }

  async findEventByJoinCode(joinCode: string): Promise<StoredEvent | null> {
    return parseFirst<StoredEvent>(await this.pool.query(SQL.eventByJoinCode, [joinCode]));
  }

  async updateEvent(event: StoredEvent): Promise<void> {
    const result = await this.pool.query(SQL.updateEvent, [event.purgeAt, JSON.stringify(event), event.id]);
    if (result.rowCount === 0) throw new Error(`No event ${event.id}`);
  }

  async listEventsToPurge(now: Date): Promise<EventId[]> {
    const result = await this.pool.query<{ id: EventId }>(SQL.eventsToPurge, [now.toISOString()]);
    return result.rows.map((row) => row.id);
  }

  async deleteEvent(id: EventId): Promise<void> {
    await this.appends.flush();
    const partition = partitionName(id);
    await this.transaction(async (client) => {
      await client.query(SQL.lockPartition, [partition]);
      for (const table of EVENT_ROW_TABLES) {
        await client.query(`DELETE FROM ${table} WHERE ${table === 'events' ? 'id' : 'event_id'} = $1`, [id]);
      }
      await client.query(`DROP TABLE IF EXISTS ${partition}`);
    });
    this.knownPartitions.delete(partition);
    await this.scrubEventRows();
  }

  async loadUpdates(docName: string): Promise<Uint8Array[]> {
    await this.appends.flush();
    const result = await this.pool.query<{ data: Buffer }>(SQL.selectUpdates, [eventKeyOf(docName), docName]);
    return result.rows.map((row) => new Uint8Array(row.data));
  }

  appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    return this.appends.append(docName, updates);
  }

  async compact(docName: string, snapshot: Uint8Array, reason: CompactionReason = 'erase'): Promise<void> {
    await this.appends.flush();
    const eventKey = eventKeyOf(docName);
    await this.ensurePartitions([eventKey]);
    await this.transaction(async (client) => {
      await this.assertOwned(client, eventKey as EventId);
      await client.query(SQL.deleteUpdates, [eventKey, docName]);
      await client.query(SQL.insertUpdate, [eventKey, docName, asBuffer(snapshot)]);
    });
    // A redaction must leave the table's pages too. A compaction for size leaves dead rows to autovacuum: a
    // VACUUM FULL locks the event's partition while it copies it.
    if (reason === 'erase') await this.scrubPartition(eventKey);
  }

  async createAccessKey(key: StoredAccessKey): Promise<void> {
    await this.pool.query(SQL.insertKey, [key.id, key.eventId, key.keyHash, JSON.stringify(key)]);
  }

  async findAccessKeyByHash(keyHash: string): Promise<StoredAccessKey | null> {
    return parseFirst<StoredAccessKey>(await this.pool.query(SQL.keyByHash, [keyHash]));
  }

  async listAccessKeys(eventId: EventId): Promise<StoredAccessKey[]> {
    const result = await this.pool.query<{ data: string }>(SQL.keysOfEvent, [eventId]);
    return result.rows
      .map((row) => JSON.parse(row.data) as StoredAccessKey)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async revokeAccessKey(eventId: EventId, keyId: string, revokedAt: string): Promise<boolean> {
    return this.transaction(async (client) => {
      const key = parseFirst<StoredAccessKey>(await client.query(SQL.keyByIdForUpdate, [eventId, keyId]));
      if (!key) return false;
      key.revokedAt ??= revokedAt;
      await client.query(SQL.updateKey, [JSON.stringify(key), eventId, keyId]);
      return true;
    });
  }

  async setSeat(eventId: EventId, deviceId: string, groupId: string): Promise<void> {
    await this.pool.query(SQL.upsertSeat, [eventId, deviceId, groupId]);
  }

  async getSeat(eventId: EventId, deviceId: string): Promise<string | null> {
    const result = await this.pool.query<{ group_id: string }>(SQL.seat, [eventId, deviceId]);
    return result.rows[0]?.group_id ?? null;
  }

  async countSeats(eventId: EventId): Promise<Record<string, number>> {
    const result = await this.pool.query<{ group_id: string; seated: number }>(SQL.seatCounts, [eventId]);
    return Object.fromEntries(result.rows.map((row) => [row.group_id, row.seated]));
  }

  async saveSession(eventId: EventId, session: StoredSession): Promise<void> {
    await this.ownerWrite(eventId, SQL.upsertSession, [eventId, JSON.stringify(session)]);
  }

  async loadSession(eventId: EventId): Promise<StoredSession | null> {
    return parseFirst<StoredSession>(await this.pool.query(SQL.session, [eventId]));
  }

  async saveThemeDecisions(eventId: EventId, json: string): Promise<void> {
    await this.pool.query(SQL.upsertThemeDecisions, [eventId, json]);
  }

  async loadThemeDecisions(eventId: EventId): Promise<string | null> {
    const result = await this.pool.query<{ data: string }>(SQL.themeDecisions, [eventId]);
    return result.rows[0]?.data ?? null;
  }

  async setVotes(eventId: EventId, groupId: string, cardId: string, deviceId: string, count: number): Promise<void> {
    if (count <= 0) await this.ownerWrite(eventId, SQL.deleteVotes, [eventId, groupId, cardId, deviceId]);
    else await this.ownerWrite(eventId, SQL.upsertVotes, [eventId, groupId, cardId, deviceId, count]);
  }

  async listVotes(eventId: EventId, groupId: string): Promise<VoteRow[]> {
    return (await this.pool.query<VoteRow>(SQL.votesOfGroup, [eventId, groupId])).rows;
  }

  async appendAudit(eventId: EventId, entry: AuditEntry): Promise<void> {
    await this.ownerWrite(eventId, SQL.insertAudit, [eventId, JSON.stringify(entry)]);
  }

  async listAudit(eventId: EventId): Promise<AuditEntry[]> {
    const result = await this.pool.query<{ data: string }>(SQL.auditOfEvent, [eventId]);
    return result.rows.map((row) => JSON.parse(row.data) as AuditEntry);
  }

  close(): Promise<void> {
    this.closed ??= this.appends.flush().then(() => this.pool.end());
    return this.closed;
  }

  /** One INSERT for the whole batch: one statement is one transaction, committed (and flushed) before it returns. */
  private async writeBatch(entries: readonly AppendEntry[]): Promise<ReadonlyMap<string, unknown> | void> {
    if (this.fence) return this.writeFencedBatch(entries);
    await this.insertBatch(this.pool, entries);
  }

  /**
   * Several nodes: one transaction that fences each event of the batch first. Boards of an event this node no
   * longer owns are refused alone; the others of the same turn are still written together.
   */
  private async writeFencedBatch(entries: readonly AppendEntry[]): Promise<ReadonlyMap<string, unknown>> {
    const fence = this.fence!;
    const refused = new Map<string, unknown>();
    const tokens: OwnershipToken[] = [];
    for (const eventKey of new Set(entries.map((entry) => eventKeyOf(entry.docName)))) {
      const token = fence(eventKey as EventId);
      if (token) tokens.push(token);
    }
    // Only for events this node owns: a fenced-out write must not even re-create a deleted event's partition.
    await this.ensurePartitions(tokens.map((token) => token.eventId));
    await this.transaction(async (client) => {
      const owned = await fenceEvents(client, tokens);
      const written = entries.filter((entry) => owned.has(eventKeyOf(entry.docName) as EventId));
      for (const entry of entries) {
        if (!owned.has(eventKeyOf(entry.docName) as EventId)) refused.set(entry.docName, new FencedOut(eventKeyOf(entry.docName) as EventId));
      }
      if (written.length > 0) await this.insertBatch(client, written);
    });
    return refused;
  }

  private async insertBatch(db: pg.Pool | pg.PoolClient, entries: readonly AppendEntry[]): Promise<void> {
    const keys: string[] = [];
    const docs: string[] = [];
    const data: Buffer[] = [];
    for (const { docName, updates } of entries) {
      const eventKey = eventKeyOf(docName);
      for (const update of updates) {
        keys.push(eventKey);
        docs.push(docName);
        data.push(asBuffer(update));
      }
    }
    const eventKeys = [...new Set(keys)];
    try {
      await this.ensurePartitions(eventKeys);
      await db.query(SQL.insertUpdates, [keys, docs, data]);
    } catch (error) {
      for (const eventKey of eventKeys) this.knownPartitions.delete(partitionName(eventKey));
      throw error;
    }
  }

  private async ensurePartitions(eventKeys: readonly string[]): Promise<void> {
    for (const eventKey of eventKeys) {
      const partition = partitionName(eventKey);
      if (this.knownPartitions.has(partition)) continue;
      // The advisory lock serializes creation across nodes: IF NOT EXISTS alone can still race in the catalog.
      await this.transaction(async (client) => {
        await client.query(SQL.lockPartition, [partition]);
        await client.query(
          `CREATE TABLE IF NOT EXISTS ${partition} PARTITION OF board_updates FOR VALUES IN (${client.escapeLiteral(eventKey)})`,
        );
      });
      if (this.knownPartitions.size >= MAX_KNOWN_PARTITIONS) this.knownPartitions.clear();
      this.knownPartitions.add(partition);
    }
  }

  /**
   * VACUUM FULL writes the partition into a new file and truncates the old one: no dead row and no freed page
   * space survives. It locks that one event's partition while it copies it (a few MB for a large event).
   */
  private async scrubPartition(eventKey: string): Promise<void> {
    await this.pool.query(`VACUUM FULL ${partitionName(eventKey)}`);
  }

  /**
   * The same for the tables an event's deletion removed rows from (titles, key hashes, ticket secret, votes,
   * audit notes). They hold only metadata, so rewriting them is quick, but it locks them for every event meanwhile:
   * purges are rare (one per event, after the retention time).
   */
  private async scrubEventRows(): Promise<void> {
    await this.pool.query(`VACUUM FULL ${EVENT_ROW_TABLES.join(', ')}`);
  }

  /** A write that only the event's owner may make: fenced in its own transaction when several nodes share the store. */
  private async ownerWrite(eventId: EventId, text: string, values: unknown[]): Promise<void> {
    if (!this.fence) {
      await this.pool.query(text, values);
      return;
    }
    await this.transaction(async (client) => {
      await this.assertOwned(client, eventId);
      await client.query(text, values);
    });
  }

  private async assertOwned(client: pg.PoolClient, eventId: EventId): Promise<void> {
    if (!this.fence) return;
    const token = this.fence(eventId);
    if (!token) throw new FencedOut(eventId);
    await assertFence(client, token);
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

/** Board documents are named `<eventId>.<groupId>`: the event is what the partition is keyed on. */
function eventKeyOf(docName: string): string {
  const dot = docName.indexOf('.');
  return dot === -1 ? docName : docName.slice(0, dot);
}

/** A hash keeps any document name a valid, bounded identifier (and never quotes user input into DDL). */
function partitionName(eventKey: string): string {
  return `board_updates_${createHash('sha256').update(eventKey).digest('hex').slice(0, 32)}`;
}

function safeIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain schema name: "${name}"`);
  return name;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function normalized(joinCode: string): string {
  return joinCode.replace('-', '');
}

function parseFirst<T>(result: pg.QueryResult): T | null {
  const row = result.rows[0] as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as T) : null;
}
