// Two nodes behind HAProxy. The owner of an event is frozen (SIGSTOP) and all its PostgreSQL backends are
// terminated while its clients stay connected and keep typing; the other node takes the event over; then the old
// owner wakes up with those clients' frames waiting. A write log kept by triggers in the database shows that no
// write of the old owner for that event landed after the take-over.
// Needs PostgreSQL (REMBUK_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, may CREATE
// DATABASE) and Debian's haproxy (node scripts/ensureHaproxy.mjs); the built server (server/dist).
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBoard } from '../support/yjsClient.js';
import { eventually } from '../support/testServer.js';
import { Cluster } from './support/cluster.js';
import { cardTexts, closeLoad, edit, startEventLoad, type EventLoad } from './support/workload.js';

/** Who wrote what for which event, and when, as PostgreSQL saw it (clock_timestamp inside the writing transaction). */
const WRITE_LOG_SQL = `
CREATE TABLE write_log (at timestamptz NOT NULL, app text NOT NULL, tbl text NOT NULL, event text NOT NULL);
CREATE FUNCTION log_update_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO write_log VALUES (clock_timestamp(), current_setting('application_name'), TG_TABLE_NAME, NEW.event_key);
  RETURN NULL; END $$;
CREATE FUNCTION log_event_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO write_log VALUES (clock_timestamp(), current_setting('application_name'), TG_TABLE_NAME, NEW.event_id);
  RETURN NULL; END $$;
CREATE TRIGGER log_updates AFTER INSERT OR UPDATE ON board_updates FOR EACH ROW EXECUTE FUNCTION log_update_write();
CREATE TRIGGER log_sessions AFTER INSERT OR UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION log_event_write();
CREATE TRIGGER log_votes AFTER INSERT OR UPDATE ON votes FOR EACH ROW EXECUTE FUNCTION log_event_write();
CREATE TRIGGER log_owner AFTER INSERT OR UPDATE ON rembuk_event_owner FOR EACH ROW EXECUTE FUNCTION log_event_write();
`;

describe('a node cut off from PostgreSQL', () => {
  let cluster: Cluster;
  let load: EventLoad;

  beforeAll(async () => {
    cluster = await Cluster.start(['node-a', 'node-b']);
    await cluster.admin.query(WRITE_LOG_SQL);
    load = await startEventLoad(cluster.url, cluster.yjsUrl, 0, 3);
  }, 120_000);

  afterAll(async () => {
    if (load) closeLoad(load);
    await cluster?.close();
  });

  it('demands the event id in the socket.io URL, where the balancer routes on it', async () => {
    const auth = { token: load.reply.organizerKey, eventId: load.reply.event.id };
    const refusal = (query?: Record<string, string>): Promise<string> => {
      const socket = io(cluster.url, { auth, ...(query ? { query } : {}), transports: ['websocket'], reconnection: false, forceNew: true });
      return new Promise((resolve) => {
        socket.once('connect', () => (socket.disconnect(), resolve('connected')));
        socket.once('connect_error', (error) => resolve(error.message));
      });
    };
    expect(await refusal()).toBe('invalid_handshake');
    expect(await refusal({ event: 'aaaaaaaaaaaaaaaa' })).toBe('invalid_handshake');
    expect(await refusal({ event: load.reply.event.id })).toBe('connected');
  });

  it('never lands a write for an event after another node took it over, even with its clients still connected', async () => {
    const eventId = load.reply.event.id;
    const writers = load.participants.filter((participant) => participant.groupId === load.groups[0]);
    const typing = setInterval(() => {
      for (const writer of writers) edit(load, writer);
    }, 150);
    try {
      await new Promise((r) => setTimeout(r, 1_000));
      const oldOwner = await cluster.untilOwned(eventId);
      const frozen = cluster.nodes.get(oldOwner.node)!;
      frozen.child.kill('SIGSTOP');
      await cluster.admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name IN ($1, $2)`, [
        `rembuk-owner-${oldOwner.node}`,
        `rembuk-store-${oldOwner.node}`,
      ]);
      // HAProxy marks the frozen node down and cuts its tunnels; the clients come back through the other node.
      const newOwner = await eventually(async () => {
        const now = await cluster.ownerOf(eventId);
        expect(now?.node).toBeDefined();
        expect(now!.node).not.toBe(oldOwner.node);
      }, 20_000, 100).then(() => cluster.untilOwned(eventId));
      expect(newOwner.epoch).toBe(oldOwner.epoch + 1);
      await new Promise((r) => setTimeout(r, 1_000));
      // The old owner wakes with its clients' frames (and its own queued writes) waiting.
      frozen.child.kill('SIGCONT');
      await new Promise((r) => setTimeout(r, 4_000));
    } finally {
      clearInterval(typing);
    }

    const takeOver = await cluster.admin.query<{ at: Date }>(
      `SELECT at FROM write_log WHERE tbl = 'rembuk_event_owner' AND event = $1 ORDER BY at DESC LIMIT 1`,
      [eventId],
    );
    const takenAt = takeOver.rows[0]!.at;
    const summary = await cluster.admin.query(`SELECT app, tbl, count(*)::int AS n, min(at) AS first, max(at) AS last FROM write_log GROUP BY app, tbl ORDER BY app, tbl`);
    console.log('take-over at', takenAt.toISOString(), JSON.stringify(summary.rows));
    const late = await cluster.admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM write_log WHERE event = $1 AND tbl <> 'rembuk_event_owner' AND at > $2 AND app NOT LIKE $3`,
      [eventId, takenAt, `%-${(await cluster.untilOwned(eventId)).node}`],
    );
    expect(Number(late.rows[0]!.n)).toBe(0);
    // The new owner did write after the take-over (the test would prove nothing otherwise).
    const fresh = await cluster.admin.query<{ n: string }>(`SELECT count(*) AS n FROM write_log WHERE event = $1 AND tbl LIKE 'board_updates%' AND at > $2`, [eventId, takenAt]);
    expect(Number(fresh.rows[0]!.n)).toBeGreaterThan(0);

    // Nothing typed was lost or doubled: the old owner's clients resynced their edits to the new owner.
    const seen = new Set(writers.flatMap((writer) => cardTexts(writer.board.doc)));
    const reader = connectBoard(cluster.yjsUrl, eventId, load.groups[0]!, load.reply.organizerKey);
    try {
      await reader.synced;
      await eventually(() => {
        const texts = cardTexts(reader.doc);
        for (const text of seen) expect(texts.filter((candidate) => candidate === text)).toHaveLength(1);
      }, 15_000);
    } finally {
      reader.destroy();
    }
    console.log(`partition: ${seen.size} cards kept; old owner's refused writes logged: ${[...cluster.nodes.values()].map((node) => node.stderr.join('').split('no longer owns event').length - 1).join(', ')}`);
  }, 120_000);
});
