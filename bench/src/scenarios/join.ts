import * as Y from 'yjs';
import { cardCount, openProvider, seedBoard, type ProviderClient } from '../load/providerClient.js';
import type { ClientSpec } from '../load/workerProtocol.js';
import { round, roundSummary, summarize } from '../report/percentiles.js';
import type { JoinResult } from '../report/types.js';
import { clientUrl, type BoardTarget } from '../servers/ServerUnderTest.js';
import { sleep, type BenchContext } from './BenchContext.js';

const WARMUP_JOINS = 5;

/**
 * "join": (1) a new participant's y-websocket provider joins a board of 500 cards, one after another: time until
 * synced; (2) a burst of clients joins the groups of one event (each board also holding 500 cards) within one
 * second: time until each received its SyncStep2.
 */
export async function runJoin(context: BenchContext): Promise<JoinResult> {
  const { join } = context.options;
  const boards = await context.server.createBoards(1 + join.burstGroups);
  // Each y-websocket provider in Node adds a process 'exit' listener; the seeders stay open together.
  process.setMaxListeners(Math.max(process.getMaxListeners(), boards.length + 10));
  const seeders: ProviderClient[] = [];
  try {
    for (const board of boards) {
      const [params] = await context.server.admit(board, 1);
      seeders.push(await seedBoard(board, params ?? {}, join.cards));
    }
    const first = seeders[0];
    const target = boards[0];
    if (!first || !target) throw new Error('no board to join');
    const boardBytes = Y.encodeStateAsUpdate(first.doc).length;
    await sleep(1000); // let the seeds become durable and broadcast

    // The first joins warm up the JIT of the provider code in this process and of the join path in the server.
    const singleJoins: number[] = [];
    const credentials = await context.server.admit(target, WARMUP_JOINS + join.singleJoins);
    for (let i = 0; i < WARMUP_JOINS + join.singleJoins; i++) {
      const joiner = openProvider(target, credentials[i] ?? {});
      const ms = await joiner.synced;
      const cards = cardCount(joiner.doc);
      joiner.destroy();
      if (cards !== join.cards) throw new Error(`joiner saw ${cards} cards, expected ${join.cards}`);
      if (i >= WARMUP_JOINS) singleJoins.push(ms);
      await sleep(100);
    }
    const singleJoinMs = roundSummary(summarize(singleJoins));
    context.log(`join: provider synced to a ${join.cards}-card board (${boardBytes} B) in p50 ${singleJoinMs.p50} ms, max ${singleJoinMs.max} ms`);

    const burst = await runBurst(context, boards.slice(1));
    context.log(
      `join burst: ${join.burstClients} clients in ${join.burstSpreadMs} ms: synced p50 ${burst.syncedMs.p50} p99 ${burst.syncedMs.p99}` +
        ` max ${burst.syncedMs.max} ms, all synced after ${burst.allSyncedMs} ms, ${burst.failures} failed, server ${burst.server.cpuPercent}% CPU`,
    );
    return { cards: join.cards, boardBytes, singleJoinMs, burst };
  } finally {
    for (const seeder of seeders) seeder.destroy();
  }
}

async function runBurst(context: BenchContext, boards: BoardTarget[]): Promise<JoinResult['burst']> {
  const { join } = context.options;
  const indices = context.generator.allocateClients(join.burstClients);
  const perBoard = Math.ceil(join.burstClients / boards.length);
  const credentials = await Promise.all(boards.map((board) => context.server.admit(board, perBoard)));
  const groupSize = perBoard + 1; // + the seeder; joiners do not edit
  const specs: ClientSpec[] = indices.map((index, i) => ({
    index,
    url: clientUrl(boards[i % boards.length] ?? { serverUrl: '', room: '' }, credentials[i % boards.length]?.[Math.floor(i / boards.length)] ?? {}),
    groupSize,
    edits: false,
    startDelayMs: (i * join.burstSpreadMs) / join.burstClients,
  }));
  const serverFrom = context.serverSampler.read();
  const results = await context.generator.connect(specs);
  const serverTo = context.serverSampler.read();
  const ok = results.filter((result) => result.ok);
  const byIndex = new Map(specs.map((spec) => [spec.index, spec.startDelayMs ?? 0]));
  const finishedAt = ok.map((result) => (byIndex.get(result.index) ?? 0) + result.syncedMicros / 1000);
  await context.generator.closeAll();
  const server = context.serverSampler.between(serverFrom, serverTo);
  return {
    clients: join.burstClients,
    spreadMs: join.burstSpreadMs,
    syncedMs: roundSummary(summarize(ok.map((result) => result.syncedMicros / 1000))),
    allSyncedMs: round(Math.max(0, ...finishedAt)),
    failures: results.length - ok.length,
    server: {
      cpuPercent: round(server.cpuPercent),
      rssMaxMb: round(server.rssMaxMb),
      rssEndMb: round(server.rssEndMb),
      writeCallsPerSecond: round(server.writeCallsPerSecond, 0),
    },
  };
}
