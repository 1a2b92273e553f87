import type Database from 'better-sqlite3';

/** Bump when the schema changes; `migrate` brings older files up to date. */
const SCHEMA_VERSION = 2;

const CREATE_SQL = `
  CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL UNIQUE,
    purge_at TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS events_by_purge_at ON events (purge_at);
  CREATE TABLE IF NOT EXISTS board_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS board_updates_by_doc ON board_updates (doc, seq);
  CREATE TABLE IF NOT EXISTS access_keys (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    data TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS access_keys_by_event ON access_keys (event_id);
  CREATE TABLE IF NOT EXISTS seats (
    event_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    PRIMARY KEY (event_id, device_id)
  );
  CREATE TABLE IF NOT EXISTS sessions (
    event_id TEXT PRIMARY KEY,
    data TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS votes (
    event_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (event_id, group_id, card_id, device_id)
  );
  CREATE TABLE IF NOT EXISTS audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS audit_log_by_event ON audit_log (event_id, seq);
`;

/** Create or upgrade the schema of a database file. */
export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version >= SCHEMA_VERSION) return;
  db.transaction(() => {
    const eventColumns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('events')").all();
    if (eventColumns.length > 0) {
      // Version 1 kept the organizer key hash in a column and had no purge time.
      if (!eventColumns.some((column) => column.name === 'purge_at')) {
        db.exec("ALTER TABLE events ADD COLUMN purge_at TEXT NOT NULL DEFAULT ''");
      }
    }
    db.exec(CREATE_SQL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
