import type { Pool } from 'pg';

/** Bump when the schema changes; `migratePg` brings older databases up to date. */
export const PG_SCHEMA_VERSION = 2;

/** Any constant works: it only keeps two nodes starting at once from migrating concurrently. */
const MIGRATION_LOCK_KEY = 0x72656d62; // "remb"

/**
 * The PostgreSQL schema: the same tables as SQLite, except that board updates are partitioned by event (one
 * partition per event, created on its first write). Deleting an event drops its partition, so its cards leave
 * the database files at once; compacting a board rewrites only its event's partition (see PgStorage.scrub).
 * `data` is stored uncompressed (STORAGE EXTERNAL): Yjs updates compress poorly, and a redacted text must be
 * provably absent from the pages, which compressed bytes would hide rather than remove.
 */
const CREATE_SQL = `
  CREATE TABLE IF NOT EXISTS rembuk_schema (version integer NOT NULL);
  CREATE TABLE IF NOT EXISTS events (
    id text PRIMARY KEY,
    join_code text NOT NULL UNIQUE,
    purge_at text NOT NULL DEFAULT '',
    data text NOT NULL,
    created_at text NOT NULL
  );
  CREATE INDEX IF NOT EXISTS events_by_purge_at ON events (purge_at);
  CREATE SEQUENCE IF NOT EXISTS board_updates_seq;
  CREATE TABLE IF NOT EXISTS board_updates (
    event_key text NOT NULL,
    doc text NOT NULL,
    seq bigint NOT NULL DEFAULT nextval('board_updates_seq'),
    data bytea NOT NULL
  ) PARTITION BY LIST (event_key);
  ALTER TABLE board_updates ALTER COLUMN data SET STORAGE EXTERNAL;
  CREATE INDEX IF NOT EXISTS board_updates_by_doc ON board_updates (event_key, doc, seq);
  CREATE TABLE IF NOT EXISTS access_keys (
    id text PRIMARY KEY,
    event_id text NOT NULL,
    key_hash text NOT NULL UNIQUE,
    data text NOT NULL
  );
  CREATE INDEX IF NOT EXISTS access_keys_by_event ON access_keys (event_id);
  CREATE TABLE IF NOT EXISTS seats (
    event_id text NOT NULL,
    device_id text NOT NULL,
    group_id text NOT NULL,
    PRIMARY KEY (event_id, device_id)
  );
  CREATE TABLE IF NOT EXISTS sessions (
    event_id text PRIMARY KEY,
    data text NOT NULL
  );
  CREATE TABLE IF NOT EXISTS votes (
    event_id text NOT NULL,
    group_id text NOT NULL,
    card_id text NOT NULL,
    device_id text NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (event_id, group_id, card_id, device_id)
  );
  CREATE SEQUENCE IF NOT EXISTS audit_log_seq;
  CREATE TABLE IF NOT EXISTS audit_log (
    seq bigint PRIMARY KEY DEFAULT nextval('audit_log_seq'),
    event_id text NOT NULL,
    data text NOT NULL
  );
  CREATE INDEX IF NOT EXISTS audit_log_by_event ON audit_log (event_id, seq);
  -- Version 2: budgets shared by every node (rate-limiter-flexible's layout); keys are hashed addresses.
  CREATE TABLE IF NOT EXISTS rate_limits (
    key varchar(255) PRIMARY KEY,
    points integer NOT NULL DEFAULT 0,
    expire bigint
  );
`;

/** Tables whose rows deleteEvent removes with DELETE (board updates go with their partition). */
export const EVENT_ROW_TABLES = ['events', 'access_keys', 'seats', 'sessions', 'votes', 'audit_log'] as const;

/** Create or upgrade the schema, once, even when several nodes start together. */
export async function migratePg(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    const found = await client.query<{ present: boolean }>(
      "SELECT to_regclass('rembuk_schema') IS NOT NULL AS present",
    );
    const version = found.rows[0]?.present
      ? Number((await client.query<{ version: number }>('SELECT max(version) AS version FROM rembuk_schema')).rows[0]?.version ?? 0)
      : 0;
    if (version < PG_SCHEMA_VERSION) {
      await client.query(CREATE_SQL);
      await client.query('DELETE FROM rembuk_schema');
      await client.query('INSERT INTO rembuk_schema (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
