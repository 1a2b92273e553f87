/**
 * How long each export format takes for a large event: 10 groups × 100 cards (60 challenges, 40 action steps),
 * with votes, categories, links and some long texts, built in memory (no server, no storage). Not part of the
 * test command: run `pnpm --filter @rembuk/server bench:reports [-- --runs 5 --out /tmp/reports]`.
 *
 * Prints, per format, the first (cold) run and the median of the following runs (wall and CPU time), in milliseconds.
 * Compare wall and CPU: on a busy machine wall time grows while CPU time stays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportFormat } from '@rembuk/shared';
import { exportFileName } from '../../server/src/export/exportFiles.js';
import { renderExport } from '../../server/src/export/renderExport.js';
import { ACTIONS_PER_GROUP, CHALLENGES_PER_GROUP, GROUPS, largeEventOutcomes } from './largeEvent.js';

const FORMATS: readonly ExportFormat[] = ['md', 'csv', 'json', 'docx', 'xlsx', 'pdf', 'zip'];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, out: { type: 'string' } } });
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
      const file = await renderExport(format, outcomes, { language: 'id' });
      const cpuUsed = process.cpuUsage(cpuBefore);
      wall.push(performance.now() - started);
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
      size = Buffer.byteLength(file.body);
      if (run === 0 && values.out) {
        mkdirSync(values.out, { recursive: true });
        writeFileSync(join(values.out, exportFileName(outcomes, format)), file.body);
      }
    }
    console.log(
      `${format.padEnd(6)} ${wall[0]!.toFixed(0).padStart(8)} ${median(wall.slice(1)).toFixed(0).padStart(10)} ` +
        `${median(cpu.slice(1)).toFixed(0).padStart(14)} ${(size / 1024).toFixed(0).padStart(8)}`,
    );
  }
}

/** CPU time counts every thread (the garbage collector's too), so it can exceed the wall time. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await main();
