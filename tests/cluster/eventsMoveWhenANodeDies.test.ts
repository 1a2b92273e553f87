// Three nodes behind HAProxy; a node that dies (kill -9), drains (SIGTERM) or loses its PostgreSQL connection
// (pg_terminate_backend of its ownership connection) hands its events to another node within seconds.
// Needs PostgreSQL (REMBUK_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, may CREATE
// DATABASE) and Debian's haproxy (node scripts/ensureHaproxy.mjs); the built server (server/dist).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardId, SessionView } from '@rembuk/shared';
import { connectBoard } from '../support/yjsClient.js';
import { eventually } from '../support/testServer.js';
import { Cluster } from './support/cluster.js';
import { cardTexts, closeLoad, edit, startEventLoad, vote, type EventLoad } from './support/workload.js';

const EVENTS = 5;
const PARTICIPANTS_PER_GROUP = 10;
const EDIT_EVERY_MS = 4_000;

type Failure = 'kill' | 'sigterm' | 'pgcut';

describe('events move to another node when theirs dies', () => {
  let cluster: Cluster;
  const loads: EventLoad[] = [];
  let editing: NodeJS.Timeout | null = null;
  let voting: NodeJS.Timeout | null = null;
  const failoverMs: { failure: Failure; node: string; events: number; ms: number }[] = [];

  beforeAll(async () => {
    cluster = await Cluster.start(['node-a', 'node-b', 'node-c']);
    for (let index = 0; index < EVENTS; index++) loads.push(await startEventLoad(cluster.url, cluster.yjsUrl, index, PARTICIPANTS_PER_GROUP));
    // Everyone types all the time, one card each every EDIT_EVERY_MS (spread over the interval); voters vote.
    let tick = 0;
    editing = setInterval(() => {
      tick += 1;
      for (const load of loads) {
        for (const [index, participant] of load.participants.entries()) {
          // Group 0 and 2 write all along; group 1's countdown locks it at zero; group 3 votes.
          const writes = participant.groupId === load.groups[0] || participant.groupId === load.groups[2];
          if (writes && (index + tick) % 10 === 0 && participant.board.provider.wsconnected) edit(load, participant);
        }
      }
    }, EDIT_EVERY_MS / 10);
    voting = setInterval(() => {
      for (const load of loads) for (const [index, voter] of load.voters.entries()) void vote(voter, load.voteCards[(tick + index) % load.voteCards.length]!);
    }, 700);
  }, 180_000);

  afterAll(async () => {
    if (editing) clearInterval(editing);
    if (voting) clearInterval(voting);
    for (const load of loads) closeLoad(load);
    console.log('failover times:', JSON.stringify(failoverMs));
    await cluster?.close();
  });

  const groupOf = (view: SessionView | null, groupId: string) => view?.groups.find((group) => group.groupId === groupId);

  /** Every client of the event is connected and synced again, and a new edit reaches every client of its group. */
  async function untilEventServed(load: EventLoad, timeoutMs: number): Promise<void> {
    await eventually(() => {
      for (const participant of load.participants) {
        expect(participant.board.provider.wsconnected && participant.board.provider.synced).toBe(true);
      }
      expect(load.facilitator.connected).toBe(true);
      for (const voter of load.voters) expect(voter.socket.connected).toBe(true);
    }, timeoutMs, 50);
    const probes = [load.groups[0]!, load.groups[2]!].map((groupId) => {
      const writer = load.participants.find((participant) => participant.groupId === groupId)!;
      return { groupId, text: edit(load, writer) };
    });
    await eventually(() => {
      for (const probe of probes) {
        for (const participant of load.participants.filter((p) => p.groupId === probe.groupId)) {
          expect(cardTexts(participant.board.doc)).toContain(probe.text);
        }
      }
    }, timeoutMs, 50);
  }

  async function fail(failure: Failure, victimEvent: EventLoad): Promise<void> {
    const owner = await cluster.untilOwned(victimEvent.reply.event.id);
    const node = cluster.nodes.get(owner.node)!;
    const owners = await Promise.all(loads.map((load) => cluster.untilOwned(load.reply.event.id)));
    const moved = loads.filter((_load, index) => owners[index]!.node === owner.node);
    const others = loads.filter((load) => !moved.includes(load));
    const before = others.map((load) => ({
      closes: load.participants.reduce((sum, participant) => sum + participant.closes, 0),
      disconnects: load.facilitatorDisconnects + load.voters.reduce((sum, voter) => sum + voter.disconnects, 0),
    }));

    const startedAt = performance.now();
    if (failure === 'kill') node.child.kill('SIGKILL');
    if (failure === 'sigterm') node.child.kill('SIGTERM');
    if (failure === 'pgcut') {
      await cluster.admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [`rembuk-owner-${owner.node}`]);
    }
    await Promise.all(moved.map((load) => untilEventServed(load, 30_000)));
    const ms = Math.round(performance.now() - startedAt);
    failoverMs.push({ failure, node: owner.node, events: moved.length, ms });
    console.log(`${failure} ${owner.node}: ${moved.length} events served again after ${ms} ms`);

    for (const load of moved) {
      const now = await cluster.untilOwned(load.reply.event.id);
      expect(now.epoch).toBeGreaterThan(owners[loads.indexOf(load)]!.epoch);
      if (failure !== 'pgcut') expect(now.node).not.toBe(owner.node);
    }
    // The other events never noticed: not one of their connections closed.
    others.forEach((load, index) => {
      expect(load.participants.reduce((sum, participant) => sum + participant.closes, 0)).toBe(before[index]!.closes);
      expect(load.facilitatorDisconnects + load.voters.reduce((sum, voter) => sum + voter.disconnects, 0)).toBe(before[index]!.disconnects);
    });
    if (failure === 'sigterm') expect(await node.exited).toBe(0);
    if (failure !== 'pgcut') await cluster.restart(owner.node);
  }

  it('moves the events of a killed, drained or cut-off node within seconds, keeping every edit, vote and countdown', async () => {
    // A long countdown whose end time must survive, and a short one that must lock its group at zero on whichever
    // node owns the event when it runs out.
    const deadlines = new Map<string, number>();
    for (const load of loads) {
      expect((await load.facilitator.emitWithAck('command', { type: 'startTimer', scope: { kind: 'group', groupId: load.groups[0] }, durationMs: 600_000, onZero: 'notify' })).ok).toBe(true);
      expect((await load.facilitator.emitWithAck('command', { type: 'setPhase', scope: { kind: 'group', groupId: load.groups[3] }, phase: 'vote' })).ok).toBe(true);
      await eventually(() => expect(groupOf(load.session(), load.groups[0]!)?.timer.kind).toBe('running'));
      const timer = groupOf(load.session(), load.groups[0]!)!.timer;
      deadlines.set(load.reply.event.id, timer.kind === 'running' ? timer.deadline : -1);
    }
    await new Promise((r) => setTimeout(r, 3_000));
    for (const load of loads) {
      expect((await load.facilitator.emitWithAck('command', { type: 'startTimer', scope: { kind: 'group', groupId: load.groups[1] }, durationMs: 5_000, onZero: 'lock' })).ok).toBe(true);
    }

    const plan: Failure[] = ['kill', 'kill', 'sigterm', 'pgcut', 'kill'];
    for (const [round, failure] of plan.entries()) {
      await fail(failure, loads[round % loads.length]!);
      await new Promise((r) => setTimeout(r, 2_000));
    }

    if (editing) clearInterval(editing);
    if (voting) clearInterval(voting);
    editing = voting = null;
    await new Promise((r) => setTimeout(r, 1_000));

    for (const load of loads) {
      // Countdowns: the long one kept its end time; the short one ran out and locked its group.
      await eventually(() => {
        const view = load.session();
        const long = groupOf(view, load.groups[0]!)!.timer;
        expect(long.kind === 'running' && long.deadline).toBe(deadlines.get(load.reply.event.id));
        expect(groupOf(view, load.groups[1]!)).toMatchObject({ locked: true, timer: { kind: 'expired', onZero: 'lock' } });
      }, 10_000);
      // The lock holds on the node that owns the event now: a participant's card is reverted.
      const locked = load.participants.find((participant) => participant.groupId === load.groups[1])!;
      const refused = edit(load, locked);
      await eventually(() => expect(cardTexts(locked.board.doc)).not.toContain(refused), 10_000);

      // Every edit any client saw is on the server's board exactly once (read by a fresh client).
      for (const groupId of [load.groups[0]!, load.groups[2]!]) {
        const seen = new Set<string>();
        for (const participant of load.participants.filter((p) => p.groupId === groupId)) {
          for (const text of cardTexts(participant.board.doc)) seen.add(text);
        }
        const reader = connectBoard(cluster.yjsUrl, load.reply.event.id, groupId, load.reply.organizerKey);
        try {
          await reader.synced;
          await eventually(() => {
            const texts = cardTexts(reader.doc);
            for (const text of seen) expect(texts.filter((candidate) => candidate === text)).toHaveLength(1);
          }, 15_000);
        } finally {
          reader.destroy();
        }
      }

      // Votes: every confirmed dot is counted; a dot whose answer was lost with its node may or may not be.
      const stored = await cluster.admin.query<{ card_id: string; total: string }>(
        'SELECT card_id, SUM(count) AS total FROM votes WHERE event_id = $1 AND group_id = $2 GROUP BY card_id',
        [load.reply.event.id, load.groups[3]],
      );
      const totals = new Map(stored.rows.map((row) => [row.card_id as CardId, Number(row.total)]));
      for (const cardId of load.voteCards) {
        const confirmed = load.voters.reduce((sum, voter) => sum + (voter.confirmed.get(cardId) ?? 0), 0);
        const unanswered = load.voters.reduce((sum, voter) => sum + (voter.unanswered.get(cardId) ?? 0), 0);
        expect(totals.get(cardId) ?? 0).toBeGreaterThanOrEqual(confirmed);
        expect(totals.get(cardId) ?? 0).toBeLessThanOrEqual(confirmed + unanswered);
      }
      expect([...totals.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
    expect(failoverMs).toHaveLength(plan.length);
  }, 240_000);
});
