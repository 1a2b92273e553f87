import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { DEFAULT_VOTE_BUDGET, TIME_ZONES, type TimeZoneLabel } from '@rembuk/shared';
import { DEFAULT_PURGE_AFTER_DAYS, purgeTime } from '../util/retention.js';

/** Bump when the schema changes; `migrate` brings older files up to date. */
const SCHEMA_VERSION = 3;

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
  -- Version 3: the lead facilitator's decisions on themes across regions (one JSON document per event).
  CREATE TABLE IF NOT EXISTS theme_decisions (
    event_id TEXT PRIMARY KEY,
    data TEXT NOT NULL
  );
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
      if (eventColumns.some((column) => column.name === 'organizer_key_hash')) {
        db.exec('ALTER TABLE events DROP COLUMN organizer_key_hash');
      }
    }
    db.exec(CREATE_SQL);
    // The first schema never set user_version (it reads 0): upgrade whatever events it left.
    if (eventColumns.length > 0) upgradeVersion1Events(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/**
 * Version 1 events had no settings, ticket secret or purge time: give them the defaults a new event gets, with
 * the purge time counted as for a new event (from the event's date, or from its creation when it has none).
 */
function upgradeVersion1Events(db: Database.Database): void {
  const rows = db.prepare<[], { id: string; data: string }>('SELECT id, data FROM events').all();
  const update = db.prepare<[string, string, string]>('UPDATE events SET data = ?, purge_at = ? WHERE id = ?');
  for (const row of rows) {
    const event = JSON.parse(row.data) as Record<string, unknown>;
    const createdAt = typeof event.createdAt === 'string' ? event.createdAt : new Date().toISOString();
    event.ticketSecret ??= randomBytes(32).toString('base64url');
    event.settings ??= { allowReadingOtherGroups: false, voteBudget: { ...DEFAULT_VOTE_BUDGET }, purgeAfterDays: DEFAULT_PURGE_AFTER_DAYS };
    // An event dated weeks after its creation must not be purged before it happens.
    event.purgeAt ??= purgeTime(
      { date: typeof event.date === 'string' ? event.date : null, timeZone: timeZoneOf(event.timeZone), createdAt },
      DEFAULT_PURGE_AFTER_DAYS,
    );
    update.run(JSON.stringify(event), String(event.purgeAt), row.id);
  }
}

function timeZoneOf(value: unknown): TimeZoneLabel {
  return TIME_ZONES.find((zone) => zone === value) ?? 'WIB';
}
