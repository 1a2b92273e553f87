import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchReport } from './report/types.js';

/**
 * Spread over repeated runs: `pnpm --filter @rembuk/bench run compare [quick|full] [--last N]` reads the JSON
 * files in bench/results/ and prints each headline figure per run, with its min and max.
 */
const resultsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'results');
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const mode = args.includes('quick') ? 'quick' : 'full';
const lastIndex = args.indexOf('--last');
const last = lastIndex >= 0 ? Number(args[lastIndex + 1]) : Number.POSITIVE_INFINITY;

const reports = readdirSync(resultsDir)
  .filter((file) => file.endsWith(`-${mode}.json`))
  .sort()
  .slice(-last)
  .map((file) => JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as BenchReport)
  .filter((report) => report.runs.length > 0);

if (reports.length === 0) {
  console.log(`no ${mode} results in ${resultsDir}`);
  process.exit(0);
}

const rows = new Map<string, (number | null)[]>();
function add(name: string, runIndex: number, value: number | null | undefined): void {
  const row = rows.get(name) ?? Array.from({ length: reports.length }, () => null);
  row[runIndex] = value ?? null;
  rows.set(name, row);
}

reports.forEach((report, i) => {
  for (const run of report.runs) {
    for (const conference of run.conference) {
      const label = `${run.kind} conference ${conference.clients}/${conference.groups}`;
      const c = conference.combined;
      add(`${label} p50 ms`, i, c.latencyMs.p50);
      add(`${label} p95 ms`, i, c.latencyMs.p95);
      add(`${label} p99 ms`, i, c.latencyMs.p99);
      add(`${label} max ms`, i, c.latencyMs.max);
      add(`${label} server CPU %`, i, c.server.cpuPercent);
      add(`${label} server RSS MB`, i, c.server.rssMaxMb);
      add(`${label} bytes/edit`, i, c.traffic.bytesPerEdit);
      add(`${label} generator max ELU`, i, c.generator.maxWorkerElu);
    }
    add(`${run.kind} ramp capacity`, i, run.ramp?.capacity);
    add(`${run.kind} join synced p50 ms`, i, run.join?.singleJoinMs.p50);
    add(`${run.kind} burst synced p99 ms`, i, run.join?.burst.syncedMs.p99);
    // Reports from before the hostile scenario have no `hostile` at all.
    add(`${run.kind} hostile quiet p99 ms`, i, run.hostile?.quiet.latencyMs.p99);
    for (const attack of run.hostile?.attacks ?? []) add(`${run.kind} hostile ${attack.attacker} p99 x`, i, attack.p99Ratio);
  }
  for (const [name, value] of Object.entries(report.ratios)) add(`ratio ${name}`, i, value);
});

console.log(`${reports.length} ${mode} runs: ${reports.map((report) => report.startedAt).join(', ')}\n`);
const format = (value: number | null): string => (value === null ? 'n/a' : String(value));
for (const [name, values] of rows) {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const spread = present.length > 0 ? `  [${Math.min(...present)} .. ${Math.max(...present)}]` : '';
  console.log(`${name.padEnd(52)} ${values.map(format).join(' | ')}${spread}`);
}
