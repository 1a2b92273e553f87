import { nowMicros } from '../load/editMarker.js';
import { round, roundSummary, summarize } from '../report/percentiles.js';
import { ForeignLoad } from '../report/processStats.js';
import type { WindowResult } from '../report/types.js';
import { sleep, type BenchContext } from './BenchContext.js';

/** A worker busier than this over a window means the generator, not only the server, shaped the latencies. */
const GENERATOR_LIMIT_ELU = 0.85;
/** ... or whose event loop was typically (p99 of each second) late by this much. */
const GENERATOR_LIMIT_DELAY_MS = 50;

/**
 * Measure one window at the current load: every edit sent in it, the time until all other members of its group had
 * it, and what server, generator and wire did meanwhile. Edits still missing a receiver `graceSeconds` after the
 * window count as lost (infinitely late).
 */
/** Other processes' CPU (percent of one core) above which a window counts as noisy. */
export const NOISY_FOREIGN_CPU = 25;

/** Wait (at most `quietWaitSeconds`) until other processes use less than `NOISY_FOREIGN_CPU` % for 2 s. */
async function waitForQuiet(context: BenchContext): Promise<void> {
  const maxWaitMs = context.options.quietWaitSeconds * 1000;
  if (maxWaitMs <= 0) return;
  const started = performance.now();
  const foreign = new ForeignLoad(() => [context.serverSampler.pid, context.generatorSampler.pid]);
  let load = 0;
  do {
    await sleep(2000);
    load = foreign.sample();
  } while (load > NOISY_FOREIGN_CPU && performance.now() - started < maxWaitMs);
  if (load > NOISY_FOREIGN_CPU) context.log(`  other processes still use ${round(load)}% CPU after ${maxWaitMs / 1000} s: measuring anyway`);
}

export interface MeasuredWindow {
  result: WindowResult;
  latenciesMs: number[];
}

export async function measureWindow(
  context: BenchContext,
  clients: number,
  groups: number,
  seconds: number,
): Promise<MeasuredWindow> {
  const { generator } = context;
  await waitForQuiet(context);
  generator.resetDelayMarks();
  const before = generator.snapshot();
  const serverFrom = context.serverSampler.read();
  const generatorFrom = context.generatorSampler.read();
  const foreign = new ForeignLoad(() => [context.serverSampler.pid, context.generatorSampler.pid]);
  const from = nowMicros();
  const ledger = generator.openLedger(from, from + seconds * 1e6);
  await sleep(seconds * 1000);
  const serverTo = context.serverSampler.read();
  const generatorTo = context.generatorSampler.read();
  const foreignCpuPercent = foreign.sample();
  const after = generator.snapshot();
  await sleep(context.options.graceSeconds * 1000 + 1100); // + one worker report interval
  generator.closeLedger(ledger);
  const { latenciesMs, edits, undelivered } = ledger.result();

  const server = context.serverSampler.between(serverFrom, serverTo);
  const generatorStats = context.generatorSampler.between(generatorFrom, generatorTo);
  const workerElu = after.loops.map((loop, i) => {
    const start = before.loops[i] ?? loop;
    const active = loop.activeMs - start.activeMs;
    const total = active + loop.idleMs - start.idleMs;
    return total > 0 ? round(active / total, 3) : 0;
  });
  const maxWorkerElu = Math.max(0, ...workerElu);
  const loopDelayMaxMs = round(Math.max(0, ...after.loops.map((loop) => loop.maxDelayMs)));
  const p99s = after.loops.map((loop, i) => {
    const start = before.loops[i] ?? loop;
    const reports = loop.reports - start.reports;
    return reports > 0 ? (loop.p99DelaySumMs - start.p99DelaySumMs) / reports : 0;
  });
  const loopDelayP99Ms = round(Math.max(0, ...p99s));
  const delta = (key: keyof typeof after.counters): number => after.counters[key] - before.counters[key];
  const perEdit = (bytes: number): number => (edits > 0 ? round(bytes / edits, 0) : 0);
  const errors = generator.errorsSince(before.errorCount);
  const result: WindowResult = {
    clients,
    groups,
    seconds,
    latencyMs: roundSummary(summarize(latenciesMs)),
    edits,
    undelivered,
    server: {
      cpuPercent: round(server.cpuPercent),
      rssMaxMb: round(server.rssMaxMb),
      rssEndMb: round(server.rssEndMb),
      writeCallsPerSecond: round(server.writeCallsPerSecond, 0),
    },
    generator: {
      cpuPercent: round(generatorStats.cpuPercent),
      workerElu,
      maxWorkerElu,
      loopDelayMaxMs,
      loopDelayP99Ms,
      limited: maxWorkerElu >= GENERATOR_LIMIT_ELU || loopDelayP99Ms >= GENERATOR_LIMIT_DELAY_MS,
    },
    machineCpuPercent: round(server.cpuPercent + generatorStats.cpuPercent),
    foreignCpuPercent: round(foreignCpuPercent),
    traffic: {
      editsPerSecond: round(edits / seconds),
      bytesPerEdit: perEdit(delta('bytesIn') + delta('bytesOut')),
      updateBytesPerEdit: perEdit(delta('updateBytesIn') + delta('updateBytesOut')),
      awarenessBytesPerEdit: perEdit(delta('awarenessBytesIn') + delta('awarenessBytesOut')),
      awarenessSentPerClientPerSecond: round(delta('awarenessFramesOut') / clients / seconds, 2),
      awarenessReceivedPerClientPerSecond: round(delta('awarenessFramesIn') / clients / seconds, 2),
      messagesPerEdit: edits > 0 ? round((delta('framesIn') + delta('framesOut')) / edits, 1) : 0,
      serverMessagesPerEdit: edits > 0 ? round(delta('framesIn') / edits, 1) : 0,
    },
    clientErrors: errors.length,
    errorSamples: [...new Set(errors.map((error) => `${error.kind}: ${error.detail}`))].slice(0, 5),
  };
  return { result, latenciesMs };
}

/** Several windows at the same load as one: latencies pooled, CPU and traffic averaged, memory at its peak. */
export function combineWindows(windows: readonly MeasuredWindow[]): WindowResult {
  const results = windows.map((window) => window.result);
  const first = results[0];
  if (!first) throw new Error('no windows to combine');
  const mean = (pick: (result: WindowResult) => number): number =>
    round(results.reduce((sum, result) => sum + pick(result), 0) / results.length, 2);
  const edits = results.reduce((sum, result) => sum + result.edits, 0);
  const workerElu = first.generator.workerElu.map((_, i) => mean((result) => result.generator.workerElu[i] ?? 0));
  const maxWorkerElu = Math.max(0, ...workerElu);
  return {
    clients: first.clients,
    groups: first.groups,
    seconds: results.reduce((sum, result) => sum + result.seconds, 0),
    latencyMs: roundSummary(summarize(windows.flatMap((window) => window.latenciesMs))),
    edits,
    undelivered: results.reduce((sum, result) => sum + result.undelivered, 0),
    server: {
      cpuPercent: mean((result) => result.server.cpuPercent),
      rssMaxMb: Math.max(...results.map((result) => result.server.rssMaxMb)),
      rssEndMb: results[results.length - 1]?.server.rssEndMb ?? 0,
      writeCallsPerSecond: mean((result) => result.server.writeCallsPerSecond),
    },
    generator: {
      cpuPercent: mean((result) => result.generator.cpuPercent),
      workerElu,
      maxWorkerElu,
      loopDelayMaxMs: Math.max(...results.map((result) => result.generator.loopDelayMaxMs)),
      loopDelayP99Ms: mean((result) => result.generator.loopDelayP99Ms),
      limited: results.some((result) => result.generator.limited),
    },
    machineCpuPercent: mean((result) => result.machineCpuPercent),
    foreignCpuPercent: mean((result) => result.foreignCpuPercent),
    traffic: {
      editsPerSecond: mean((result) => result.traffic.editsPerSecond),
      bytesPerEdit: mean((result) => result.traffic.bytesPerEdit),
      updateBytesPerEdit: mean((result) => result.traffic.updateBytesPerEdit),
      awarenessBytesPerEdit: mean((result) => result.traffic.awarenessBytesPerEdit),
      awarenessSentPerClientPerSecond: mean((result) => result.traffic.awarenessSentPerClientPerSecond),
      awarenessReceivedPerClientPerSecond: mean((result) => result.traffic.awarenessReceivedPerClientPerSecond),
      messagesPerEdit: mean((result) => result.traffic.messagesPerEdit),
      serverMessagesPerEdit: mean((result) => result.traffic.serverMessagesPerEdit),
    },
    clientErrors: results.reduce((sum, result) => sum + result.clientErrors, 0),
    errorSamples: [...new Set(results.flatMap((result) => result.errorSamples))].slice(0, 5),
  };
}


export function describeWindow(result: WindowResult): string {
  const l = result.latencyMs;
  const ms = (value: number): string => (Number.isFinite(value) ? `${value}` : 'lost');
  return (
    `${result.clients} clients/${result.groups} groups: p50 ${ms(l.p50)} p95 ${ms(l.p95)} p99 ${ms(l.p99)} max ${ms(l.max)} ms` +
    ` (${result.edits} edits, ${result.undelivered} lost), server ${result.server.cpuPercent}% CPU ${result.server.rssMaxMb} MB,` +
    ` generator ${result.generator.cpuPercent}% CPU ELU ${result.generator.workerElu.join('/')}` +
    ` loop delay p99 ${result.generator.loopDelayP99Ms} max ${result.generator.loopDelayMaxMs} ms` +
    `${result.generator.limited ? ' (GENERATOR LIMITED)' : ''}, other load ${result.foreignCpuPercent}%, ${result.traffic.bytesPerEdit} B/edit` +
    `${result.clientErrors > 0 ? `, ${result.clientErrors} client errors: ${result.errorSamples.join('; ')}` : ''}`
  );
}
