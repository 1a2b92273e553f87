/**
 * Time of one themes recomputation at the largest event: 50 groups × 100 cards (60 challenges, 40 actions), texts
 * drawn from the evaluation set with words dropped, swapped and misspelt so that no two are alike. Measures
 * `findClusters` (themes and every board's duplicate suggestions) with a warm feature cache (what the service does
 * after the first run: only edited cards are read again) and cold (a fresh embedder). Median of `--runs`; the
 * machine is shared, so read the numbers as an upper bound. Run: `pnpm --filter @rembuk/server bench:themes-speed`.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLDS } from '../../server/src/themes/clusterTexts.js';
import { findClusters, type EngineCard } from '../../server/src/themes/findClusters.js';
import { TfidfEmbedder } from '../../server/src/themes/TfidfEmbedder.js';
import { evaluationCards } from './evaluationSet.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' }, groups: { type: 'string', default: '50' } } });
const runs = Number(values.runs);
const groups = Number(values.groups);

/** A deterministic generator, so every run measures the same event. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function variant(text: string, next: () => number): string {
  const words = text.split(' ');
  const out = words.filter(() => next() > 0.15);
  if (out.length > 3 && next() < 0.5) {
    const i = Math.floor(next() * (out.length - 1));
    [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  }
  return out
    .map((word) => (word.length > 4 && next() < 0.1 ? word.slice(0, 2) + word.slice(3) : word))
    .join(' ');
}

const source = evaluationCards();
const challenges = source.filter((card) => card.kind === 'challenge');
const actions = source.filter((card) => card.kind === 'action');
const next = random(14);
const cards: EngineCard[] = [];
for (let group = 0; group < groups; group += 1) {
  for (let index = 0; index < 100; index += 1) {
    const pool = index < 60 ? challenges : actions;
    const from = pool[Math.floor(next() * pool.length)]!;
    cards.push({ groupId: `g${group}`, cardId: `c${group}x${index}`, kind: from.kind, text: variant(from.text, next) });
  }
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const warm = new TfidfEmbedder();
findClusters(cards, warm, DEFAULT_THRESHOLDS);
const warmTimes: number[] = [];
const coldTimes: number[] = [];
/** CPU time of this process (user + system), less disturbed than wall time when other programs share the cores. */
const warmCpu: number[] = [];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let themes = 0;
let suggestions = 0;
for (let run = 0; run < runs; run += 1) {
  let start = performance.now();
  const cpuStart = cpuMs();
  const result = findClusters(cards, warm, DEFAULT_THRESHOLDS);
  warmTimes.push(performance.now() - start);
  warmCpu.push(cpuMs() - cpuStart);
  themes = result.clusters.length;
  suggestions = result.duplicates.length;
  start = performance.now();
  findClusters(cards, new TfidfEmbedder(), DEFAULT_THRESHOLDS);
  coldTimes.push(performance.now() - start);
}
const [load1] = (await import('node:os')).loadavg();
console.log(`load average (1 min) at the end: ${load1!.toFixed(2)} on ${(await import('node:os')).cpus().length} cores (the machine is shared)`);
console.log(`${groups} groups × 100 cards (${cards.length} cards): ${themes} themes, ${suggestions} duplicate suggestions`);
console.log(`warm cache: median ${median(warmTimes).toFixed(1)} ms (min ${Math.min(...warmTimes).toFixed(1)}, max ${Math.max(...warmTimes).toFixed(1)}) over ${runs} runs`);
console.log(`warm cache, CPU time: median ${median(warmCpu).toFixed(1)} ms (min ${Math.min(...warmCpu).toFixed(1)})`);
console.log(`cold:       median ${median(coldTimes).toFixed(1)} ms (min ${Math.min(...coldTimes).toFixed(1)}, max ${Math.max(...coldTimes).toFixed(1)}) over ${runs} runs`);
