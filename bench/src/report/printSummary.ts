import type { LatencySummary } from './percentiles.js';
import { HOSTILE_P99_GOAL, describeAttacker } from '../scenarios/hostile.js';
import type { BenchReport, WindowResult } from './types.js';

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : 'lost';
}

function latency(summary: LatencySummary): string {
  return `${ms(summary.p50)} / ${ms(summary.p95)} / ${ms(summary.p99)} / ${ms(summary.max)}`;
}

function windowRow(kind: string, result: WindowResult): string {
  return [
    kind.padEnd(8),
    `${result.clients}/${result.groups}`.padEnd(10),
    latency(result.latencyMs).padEnd(32),
    `${result.server.cpuPercent}%`.padEnd(7),
    `${result.server.rssMaxMb} MB`.padEnd(10),
    `${result.traffic.bytesPerEdit} (${result.traffic.updateBytesPerEdit}+${result.traffic.awarenessBytesPerEdit})`.padEnd(20),
    `${result.traffic.messagesPerEdit} (${result.traffic.serverMessagesPerEdit})`.padEnd(14),
    `${result.server.writeCallsPerSecond}`.padEnd(9),
    `${result.generator.cpuPercent}% ${result.generator.workerElu.join('/')}${result.generator.limited ? ' LIMIT' : ''}`.padEnd(22),
    `${result.foreignCpuPercent}%`.padEnd(6),
    `${result.edits}/${result.undelivered}/${result.clientErrors}`,
  ].join(' ');
}

const HEADER = [
  'server'.padEnd(8),
  'clients'.padEnd(10),
  'p50 / p95 / p99 / max ms'.padEnd(32),
  'CPU'.padEnd(7),
  'RSS'.padEnd(10),
  'B/edit (upd+aw)'.padEnd(20),
  'msg/edit (srv)'.padEnd(14),
  'writes/s'.padEnd(9),
  'generator CPU, ELU'.padEnd(22),
  'other'.padEnd(6),
  'edits/lost/errors',
].join(' ');

/** The human-readable end of a run: every scenario for both servers, then the ratios and targets. */
export function formatSummary(report: BenchReport): string {
  const lines: string[] = [];
  // Only the scenarios that ran (`--scenarios`) get a section.
  if (report.runs.some((run) => run.conference.length > 0)) lines.push('', `== conference (${report.mode}) ==`, HEADER);
  for (const run of report.runs) {
    for (const conference of run.conference) {
      lines.push(windowRow(run.kind, conference.combined));
      const p99s = conference.windows.map((window) => ms(window.latencyMs.p99));
      if (p99s.length > 1) lines.push(`${''.padEnd(19)}p99 per window: ${p99s.join(', ')} ms`);
    }
  }
  if (report.runs.some((run) => run.ramp)) lines.push('', '== ramp ==', HEADER);
  for (const run of report.runs) {
    const { ramp } = run;
    if (!ramp) continue;
    for (const step of ramp.steps) lines.push(`${windowRow(run.kind, step)} ${step.held ? 'held' : 'FAILED'}`);
    lines.push(
      `${run.kind}: capacity ${ramp.capacity} clients; stopped: ${ramp.stopReason}` +
        `${ramp.generatorLimitedAtStop ? ' (the GENERATOR was saturated there: the server limit may be higher)' : ''}`,
    );
  }
  if (report.runs.some((run) => run.join)) lines.push('', '== join ==');
  for (const run of report.runs) {
    const { join } = run;
    if (!join) continue;
    lines.push(
      `${run.kind.padEnd(8)} provider synced to ${join.cards} cards (${join.boardBytes} B): ${latency(join.singleJoinMs)} ms;` +
        ` burst of ${join.burst.clients} in ${join.burst.spreadMs} ms: ${latency(join.burst.syncedMs)} ms, all synced after` +
        ` ${join.burst.allSyncedMs} ms, ${join.burst.failures} failed, server ${join.burst.server.cpuPercent}% CPU`,
    );
  }
  lines.push(...hostileLines(report));
  if (report.targets.length > 0) {
    lines.push('', '== Rembuk / baseline ==');
    for (const [name, value] of Object.entries(report.ratios)) lines.push(`  ${name.padEnd(40)} ${value ?? 'n/a'}`);
    lines.push('', '== targets (not asserted) ==');
    for (const target of report.targets) {
      const verdict = target.met === null ? 'n/a' : target.met ? 'met' : 'MISSED';
      lines.push(`  ${target.name.padEnd(52)} ${String(target.ratio ?? 'n/a').padEnd(6)} goal ${target.goal.padEnd(7)} ${verdict}`);
    }
  }
  return lines.join('\n');
}

/** The hostile scenario: the quiet window, then each attacker's window with its ratios to the quiet one. */
function hostileLines(report: BenchReport): string[] {
  const lines: string[] = [];
  for (const run of report.runs) {
    const { hostile } = run;
    if (!hostile) continue;
    lines.push('', `== hostile (${run.kind}, healthy ${hostile.clients}/${hostile.groups}; goal p99 within ${HOSTILE_P99_GOAL}x, not asserted) ==`);
    lines.push(`${'attacker'.padEnd(24)} ${'p50 / p95 / p99 / max ms'.padEnd(32)} ${'p50 x'.padEnd(7)} ${'p99 x'.padEnd(7)} ${'goal'.padEnd(7)} CPU     RSS        edits/lost/errors`);
    const row = (name: string, result: WindowResult, p50: string, p99: string, goal: string): string =>
      [name.padEnd(24), latency(result.latencyMs).padEnd(32), p50.padEnd(7), p99.padEnd(7), goal.padEnd(7),
        `${result.server.cpuPercent}%`.padEnd(7), `${result.server.rssMaxMb} MB`.padEnd(10),
        `${result.edits}/${result.undelivered}/${result.clientErrors}`].join(' ');
    lines.push(row('quiet', hostile.quiet, '1', '1', ''));
    for (const attack of hostile.attacks) {
      const goal = attack.withinGoal === null ? 'n/a' : attack.withinGoal ? 'met' : 'MISSED';
      lines.push(row(attack.attacker, attack.window, String(attack.p50Ratio ?? 'n/a'), String(attack.p99Ratio ?? 'n/a'), goal));
      lines.push(`${''.padEnd(25)}attacker ${describeAttacker(attack.attackerStats)}`);
    }
  }
  return lines;
}
