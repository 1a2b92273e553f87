/**
 * How long each export format takes for a large event: 10 groups × 100 cards (60 challenges, 40 action steps),
 * with votes, categories, links and some long texts, built in memory (no server, no storage). Not part of the
 * test command: run `pnpm --filter @rembuk/server bench:reports [-- --runs 5 --out /tmp/reports]`.
 *
 * Prints, per format, the first (cold) run and the median of the following runs (wall and CPU time), in milliseconds.
 * Compare wall and CPU: on a busy machine wall time grows while CPU time stays. Last, the ZIP once more through
 * the ExportWorker the server uses, with the longest pause of the main thread's event loop meanwhile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportFormat } from '@rembuk/shared';
import { ExportWorker } from '../../server/src/export/ExportWorker.js';
import { exportFileName } from '../../server/src/export/exportFileName.js';
import { renderExport } from '../../server/src/export/renderExport.js';
import { ACTIONS_PER_GROUP, CHALLENGES_PER_GROUP, GROUPS, largeEventOutcomes } from './largeEvent.js';

const FORMATS: readonly ExportFormat[] = ['md', 'csv', 'json', 'docx', 'xlsx', 'pdf', 'zip'];

async function main(): Promise<void> {
  // pnpm passes the `--` that separates its own options on to the script.
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const { values } = parseArgs({ args, options: { runs: { type: 'string', default: '5' }, out: { type: 'string' } } });
  const runs = Math.max(1, Number(values.runs));
  const outcomes = largeEventOutcomes();
  const cards = outcomes.groups.reduce((sum, { board }) => sum + board.challenges.length + board.actions.length, 0);
  console.log(`${GROUPS} groups × ${CHALLENGES_PER_GROUP + ACTIONS_PER_GROUP} cards = ${cards} cards, ${runs} warm runs`);
  console.log('format  cold ms  median ms  median CPU ms  size KB');
  for (const format of FORMATS) {
    const wall: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    for (let run = 0; run <= runs; run += 1) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      // A fresh outcomes object each run, as each download reads the boards anew (models are kept per outcomes).
      const file = await renderExport(format, { ...outcomes }, { language: 'id' });
      const cpuUsed = process.cpuUsage(cpuBefore);
      wall.push(performance.now() - started);
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
      size = Buffer.byteLength(file.body);
      if (run === 0 && values.out) {
        mkdirSync(values.out, { recursive: true });
        writeFileSync(join(values.out, exportFileName(outcomes, format, 'id')), file.body);
      }
    }
    console.log(
      `${format.padEnd(6)} ${wall[0]!.toFixed(0).padStart(8)} ${median(wall.slice(1)).toFixed(0).padStart(10)} ` +
        `${median(cpu.slice(1)).toFixed(0).padStart(14)} ${(size / 1024).toFixed(0).padStart(8)}`,
    );
  }
  await workerRun(outcomes, runs);
}

/**
 * The server renders on a worker thread: how long a ZIP takes that way, and the longest the main thread's event
 * loop (every board and socket of a live session) went without a turn meanwhile.
 */
async function workerRun(outcomes: ReturnType<typeof largeEventOutcomes>, runs: number): Promise<void> {
  const worker = new ExportWorker();
  await worker.render('zip', outcomes, { language: 'id' });
  const took: number[] = [];
  const gaps: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let last = performance.now();
    let worst = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    await worker.render('zip', { ...outcomes }, { language: 'id' });
    took.push(performance.now() - started);
    clearInterval(timer);
    gaps.push(worst);
  }
  await worker.close();
  console.log(`zip on the export worker: median ${median(took).toFixed(0)} ms, longest event-loop gap ${Math.max(...gaps).toFixed(0)} ms`);
}

/** CPU time counts every thread (the garbage collector's too), so it can exceed the wall time. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await main();
