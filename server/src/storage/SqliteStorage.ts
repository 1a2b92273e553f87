import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { EventId } from '@rembuk/shared';
import { GroupCommit, type AppendEntry } from './GroupCommit.js';
import { WalSync } from './WalSync.js';
import { migrate } from './sqliteSchema.js';
import type { AuditEntry, Storage, StoredAccessKey, StoredEvent, StoredSession, VoteRow } from './Storage.js';

const SQL = {
  insertEvent: 'INSERT INTO events (id, join_code, purge_at, data, created_at) VALUES (?, ?, ?, ?, ?)',
  updateEvent: 'UPDATE events SET purge_at = ?, data = ? WHERE id = ?',
  eventById: 'SELECT data FROM events WHERE id = ?',
  eventByJoinCode: 'SELECT data FROM events WHERE join_code = ?',
  eventsToPurge: "SELECT id FROM events WHERE purge_at <> '' AND purge_at <= ?",
  selectUpdates: 'SELECT data FROM board_updates WHERE doc = ? ORDER BY seq',
  insertUpdate: 'INSERT INTO board_updates (doc, data) VALUES (?, ?)',
  deleteUpdates: 'DELETE FROM board_updates WHERE doc = ?',
  insertKey: 'INSERT INTO access_keys (id, event_id, key_hash, data) VALUES (?, ?, ?, ?)',
  keyByHash: 'SELECT data FROM access_keys WHERE key_hash = ?',
  keysOfEvent: 'SELECT data FROM access_keys WHERE event_id = ?',
  keyById: 'SELECT data FROM access_keys WHERE event_id = ? AND id = ?',
  updateKey: 'UPDATE access_keys SET data = ? WHERE event_id = ? AND id = ?',
  upsertSeat:
    'INSERT INTO seats (event_id, device_id, group_id) VALUES (?, ?, ?) ' +
    'ON CONFLICT (event_id, device_id) DO UPDATE SET group_id = excluded.group_id',
  seat: 'SELECT group_id FROM seats WHERE event_id = ? AND device_id = ?',
  seatCounts: 'SELECT group_id, COUNT(*) AS seated FROM seats WHERE event_id = ? GROUP BY group_id',
  upsertSession:
    'INSERT INTO sessions (event_id, data) VALUES (?, ?) ON CONFLICT (event_id) DO UPDATE SET data = excluded.data',
  session: 'SELECT data FROM sessions WHERE event_id = ?',
  upsertVotes:
    'INSERT INTO votes (event_id, group_id, card_id, device_id, count) VALUES (?, ?, ?, ?, ?) ' +
    'ON CONFLICT (event_id, group_id, card_id, device_id) DO UPDATE SET count = excluded.count',
  deleteVotes: 'DELETE FROM votes WHERE event_id = ? AND group_id = ? AND card_id = ? AND device_id = ?',
  votesOfGroup: 'SELECT card_id AS cardId, device_id AS deviceId, count FROM votes WHERE event_id = ? AND group_id = ?',
  insertAudit: 'INSERT INTO audit_log (event_id, data) VALUES (?, ?)',
  auditOfEvent: 'SELECT data FROM audit_log WHERE event_id = ? ORDER BY seq',
  // Board documents are named `<eventId>.<groupId>`; '/' sorts right after '.', which bounds the range.
  deleteEventUpdates: "DELETE FROM board_updates WHERE doc >= ? || '.' AND doc < ? || '/'",
  deleteEventKeys: 'DELETE FROM access_keys WHERE event_id = ?',
  deleteEventSeats: 'DELETE FROM seats WHERE event_id = ?',
  deleteEventSession: 'DELETE FROM sessions WHERE event_id = ?',
  deleteEventVotes: 'DELETE FROM votes WHERE event_id = ?',
  deleteEventAudit: 'DELETE FROM audit_log WHERE event_id = ?',
  deleteEvent: 'DELETE FROM events WHERE id = ?',
  ping: 'SELECT 1',
} as const;

type Statements = { [Name in keyof typeof SQL]: Database.Statement };

/**
 * The embedded default store: one SQLite file in WAL mode. A write resolves once it has reached the disk, as with
 * `synchronous = FULL`, but the fsync runs on libuv's thread pool (`WalSync`) instead of inside the commit, so
 * the event loop only pays for copying the transaction into the page cache. Board updates of one turn of the
 * event loop, all boards together, go into one transaction; concurrent fsyncs coalesce.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly sql: Statements;
  /** Board updates of one event-loop turn, all boards together, go into one transaction (one fsync). */
  private readonly appends: GroupCommit;
  private readonly replaceTransaction: (docName: string, snapshot: Uint8Array) => void;
  private readonly deleteEventTransaction: (id: EventId) => void;
  /** null for `:memory:`, which has no file to make durable. */
  private readonly wal: WalSync | null;

  constructor(filename: string) {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    // Commits write the WAL without an fsync; WalSync does it off the event loop before any write is answered.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Deleted rows are overwritten, not just unlinked: a deleted event's cards must not linger in free pages.
    this.db.pragma('secure_delete = ON');
    migrate(this.db);
    this.wal = filename === ':memory:' ? null : new WalSync(`${filename}-wal`);
    const durable = (): Promise<void> => this.durable();
    this.sql = Object.fromEntries(
      Object.entries(SQL).map(([name, text]) => [name, this.db.prepare(text)]),
    ) as Statements;
    const sql = this.sql;
    const appendTransaction = this.db.transaction((entries: readonly AppendEntry[]) => {
      for (const { docName, updates } of entries) for (const update of updates) sql.insertUpdate.run(docName, update);
    });
    this.appends = new GroupCommit(appendTransaction, durable);
    this.replaceTransaction = this.db.transaction((docName: string, snapshot: Uint8Array) => {
      sql.deleteUpdates.run(docName);
      sql.insertUpdate.run(docName, snapshot);
    });
    this.deleteEventTransaction = this.db.transaction((id: EventId) => {
      sql.deleteEventUpdates.run(id, id);
      for (const statement of [sql.deleteEventKeys, sql.deleteEventSeats, sql.deleteEventSession,
        sql.deleteEventVotes, sql.deleteEventAudit, sql.deleteEvent]) {
        statement.run(id);
      }
    });
  }

  async ping(): Promise<void> {
    this.sql.ping.get();
  }

  async createEvent(event: StoredEvent): Promise<void> {
    this.sql.insertEvent.run(event.id, normalized(event.joinCode), event.purgeAt, JSON.stringify(event), event.createdAt);
    await this.durable();
  }

  async getEvent(id: EventId): Promise<StoredEvent | null> {
    return parseRow<StoredEvent>(this.sql.eventById.get(id));
  }

  async findEventByJoinCode(joinCode: string): Promise<StoredEvent | null> {
    return parseRow<StoredEvent>(this.sql.eventByJoinCode.get(joinCode));
  }

  async updateEvent(event: StoredEvent): Promise<void> {
    const result = this.sql.updateEvent.run(event.purgeAt, JSON.stringify(event), event.id);
    if (result.changes === 0) throw new Error(`No event ${event.id}`);
    await this.durable();
  }

  async listEventsToPurge(now: Date): Promise<EventId[]> {
    return (this.sql.eventsToPurge.all(now.toISOString()) as { id: EventId }[]).map((row) => row.id);
  }

  async deleteEvent(id: EventId): Promise<void> {
    this.appends.flush();
    this.deleteEventTransaction(id);
    this.scrubWal();
    await this.durable();
  }

  async loadUpdates(docName: string): Promise<Uint8Array[]> {
    this.appends.flush();
    return (this.sql.selectUpdates.all(docName) as { data: Buffer }[]).map((row) => new Uint8Array(row.data));
  }

  appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    return this.appends.append(docName, updates);
  }

  async compact(docName: string, snapshot: Uint8Array): Promise<void> {
    this.appends.flush();
    this.replaceTransaction(docName, snapshot);
    // Compaction is when deleted or redacted text leaves the log; make it leave the WAL file too.
    this.scrubWal();
    await this.durable();
  }

  /** Resolves once every committed write is on disk. */
  private durable(): Promise<void> {
    return this.wal ? this.wal.sync() : Promise.resolve();
  }

  /**
   * secure_delete zeroes deleted rows in the database file, but their old pages still sit in the WAL until a
   * checkpoint: copy the WAL into the file and truncate it.
   */
  private scrubWal(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async createAccessKey(key: StoredAccessKey): Promise<void> {
    this.sql.insertKey.run(key.id, key.eventId, key.keyHash, JSON.stringify(key));
    await this.durable();
  }

  async findAccessKeyByHash(keyHash: string): Promise<StoredAccessKey | null> {
    return parseRow<StoredAccessKey>(this.sql.keyByHash.get(keyHash));
  }

  async listAccessKeys(eventId: EventId): Promise<StoredAccessKey[]> {
    return (this.sql.keysOfEvent.all(eventId) as { data: string }[])
      .map((row) => JSON.parse(row.data) as StoredAccessKey)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async revokeAccessKey(eventId: EventId, keyId: string, revokedAt: string): Promise<boolean> {
    const key = parseRow<StoredAccessKey>(this.sql.keyById.get(eventId, keyId));
    if (!key) return false;
    key.revokedAt ??= revokedAt;
    this.sql.updateKey.run(JSON.stringify(key), eventId, keyId);
    await this.durable();
    return true;
  }

  async setSeat(eventId: EventId, deviceId: string, groupId: string): Promise<void> {
    this.sql.upsertSeat.run(eventId, deviceId, groupId);
    await this.durable();
  }

  async getSeat(eventId: EventId, deviceId: string): Promise<string | null> {
    const row = this.sql.seat.get(eventId, deviceId) as { group_id: string } | undefined;
    return row?.group_id ?? null;
  }

  async countSeats(eventId: EventId): Promise<Record<string, number>> {
    const rows = this.sql.seatCounts.all(eventId) as { group_id: string; seated: number }[];
    return Object.fromEntries(rows.map((row) => [row.group_id, row.seated]));
  }

  async saveSession(eventId: EventId, session: StoredSession): Promise<void> {
    this.sql.upsertSession.run(eventId, JSON.stringify(session));
    await this.durable();
  }

  async loadSession(eventId: EventId): Promise<StoredSession | null> {
    return parseRow<StoredSession>(this.sql.session.get(eventId));
  }

  async setVotes(eventId: EventId, groupId: string, cardId: string, deviceId: string, count: number): Promise<void> {
    if (count <= 0) this.sql.deleteVotes.run(eventId, groupId, cardId, deviceId);
    else this.sql.upsertVotes.run(eventId, groupId, cardId, deviceId, count);
    await this.durable();
  }

  async listVotes(eventId: EventId, groupId: string): Promise<VoteRow[]> {
    return this.sql.votesOfGroup.all(eventId, groupId) as VoteRow[];
  }

  async appendAudit(eventId: EventId, entry: AuditEntry): Promise<void> {
    this.sql.insertAudit.run(eventId, JSON.stringify(entry));
    await this.durable();
  }

  async listAudit(eventId: EventId): Promise<AuditEntry[]> {
    return (this.sql.auditOfEvent.all(eventId) as { data: string }[]).map((row) => JSON.parse(row.data) as AuditEntry);
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.appends.flush();
    await this.wal?.close();
    this.db.close();
  }
}

function normalized(joinCode: string): string {
  return joinCode.replace('-', '');
}

function parseRow<T>(row: unknown): T | null {
  return row ? (JSON.parse((row as { data: string }).data) as T) : null;
}
