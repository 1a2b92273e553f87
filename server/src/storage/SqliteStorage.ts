import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { EventId } from '@rembuk/shared';
import type { Storage, StoredEvent } from './Storage.js';

const SCHEMA_SQL = `
  CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL UNIQUE,
    organizer_key_hash TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS board_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS board_updates_by_doc ON board_updates (doc, seq);
`;
const INSERT_EVENT_SQL =
  'INSERT INTO events (id, join_code, organizer_key_hash, data, created_at) VALUES (?, ?, ?, ?, ?)';
const SELECT_EVENT_BY_ID_SQL = 'SELECT data FROM events WHERE id = ?';
const SELECT_EVENT_BY_JOIN_CODE_SQL = 'SELECT data FROM events WHERE join_code = ?';
const SELECT_UPDATES_SQL = 'SELECT data FROM board_updates WHERE doc = ? ORDER BY seq';
const INSERT_UPDATE_SQL = 'INSERT INTO board_updates (doc, data) VALUES (?, ?)';
const DELETE_UPDATES_SQL = 'DELETE FROM board_updates WHERE doc = ?';

/**
 * The embedded default store: one SQLite file in WAL mode with `synchronous = FULL`, so a resolved write has
 * reached the disk. better-sqlite3 is synchronous; batching updates per tick keeps it off the hot path.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly appendTransaction: (docName: string, updates: readonly Uint8Array[]) => void;
  private readonly replaceTransaction: (docName: string, snapshot: Uint8Array) => void;

  constructor(filename: string) {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA_SQL);
    this.statements = {
      insertEvent: this.db.prepare<[string, string, string, string, string]>(INSERT_EVENT_SQL),
      eventById: this.db.prepare<[string], { data: string }>(SELECT_EVENT_BY_ID_SQL),
      eventByJoinCode: this.db.prepare<[string], { data: string }>(SELECT_EVENT_BY_JOIN_CODE_SQL),
      selectUpdates: this.db.prepare<[string], { data: Buffer }>(SELECT_UPDATES_SQL),
      insertUpdate: this.db.prepare<[string, Uint8Array]>(INSERT_UPDATE_SQL),
      deleteUpdates: this.db.prepare<[string]>(DELETE_UPDATES_SQL),
    };
    const { insertUpdate, deleteUpdates } = this.statements;
    this.appendTransaction = this.db.transaction((docName: string, updates: readonly Uint8Array[]) => {
      for (const update of updates) insertUpdate.run(docName, update);
    });
    this.replaceTransaction = this.db.transaction((docName: string, snapshot: Uint8Array) => {
      deleteUpdates.run(docName);
      insertUpdate.run(docName, snapshot);
    });
  }

  async createEvent(event: StoredEvent): Promise<void> {
    this.statements.insertEvent.run(
      event.id,
      event.joinCode.replace('-', ''),
      event.organizerKeyHash,
      JSON.stringify(event),
      event.createdAt,
    );
  }

  async getEvent(id: EventId): Promise<StoredEvent | null> {
    const row = this.statements.eventById.get(id);
    return row ? (JSON.parse(row.data) as StoredEvent) : null;
  }

  async findEventByJoinCode(joinCode: string): Promise<StoredEvent | null> {
    const row = this.statements.eventByJoinCode.get(joinCode);
    return row ? (JSON.parse(row.data) as StoredEvent) : null;
  }

  async loadUpdates(docName: string): Promise<Uint8Array[]> {
    return this.statements.selectUpdates.all(docName).map((row) => new Uint8Array(row.data));
  }

  async appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    this.appendAll(docName, updates);
  }

  async compact(docName: string, snapshot: Uint8Array): Promise<void> {
    this.replaceAll(docName, snapshot);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private readonly appendAll = (docName: string, updates: readonly Uint8Array[]): void => {
    this.appendTransaction(docName, updates);
  };

  private readonly replaceAll = (docName: string, snapshot: Uint8Array): void => {
    this.replaceTransaction(docName, snapshot);
  };
}
