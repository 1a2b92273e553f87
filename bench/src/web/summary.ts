import type { RunResult } from './participantRun.js';
import type { ScriptTransfer } from './phoneContext.js';

/** The budgets (issue 10): reported beside the medians, never asserted. */
export const BUDGETS = { scriptKb: 130, coldJoinMs: 2500, offlineReloadMs: 1500 } as const;

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface ChunkSpread {
  /** The file name without its content hash (`index`, `credentials`): the same chunk across builds. */
  chunk: string;
  file: string;
  bodyBytes: Spread;
}

export interface WebSummary {
  runs: number;
  /** On the wire (headers included): what the phone's radio carries. */
  joinScriptWireBytes: Spread;
  boardScriptWireBytes: Spread;
  /** Bodies alone (brotli bytes when served with `Content-Encoding: br`). */
  joinScriptBodyBytes: Spread;
  boardScriptBodyBytes: Spread;
  joinUsableMs: Spread;
  offlineReloadMs: Spread;
  offlineReloadWallMs: Spread;
  /** Every script the board run loaded (the join page's among them), with its body size. */
  chunks: ChunkSpread[];
  encodings: string[];
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('no values');
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

const sum = (scripts: readonly ScriptTransfer[], pick: (script: ScriptTransfer) => number): number =>
  scripts.reduce((total, script) => total + pick(script), 0);

export function chunkName(url: string): string {
  const file = new URL(url).pathname.split('/').pop() ?? url;
  return file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '').replace(/\.js$/, '');
}

export function summarize(runs: readonly RunResult[]): WebSummary {
  const files = new Map<string, number[]>();
  for (const run of runs) {
    for (const script of run.boardScripts) files.set(script.url, [...(files.get(script.url) ?? []), script.bodyBytes]);
  }
  const chunks = [...files.entries()]
    .map(([url, sizes]) => ({ chunk: chunkName(url), file: new URL(url).pathname, bodyBytes: spread(sizes) }))
    .sort((a, b) => b.bodyBytes.median - a.bodyBytes.median);
  return {
    runs: runs.length,
    joinScriptWireBytes: spread(runs.map((run) => sum(run.joinScripts, (s) => s.wireBytes))),
    boardScriptWireBytes: spread(runs.map((run) => sum(run.boardScripts, (s) => s.wireBytes))),
    joinScriptBodyBytes: spread(runs.map((run) => sum(run.joinScripts, (s) => s.bodyBytes))),
    boardScriptBodyBytes: spread(runs.map((run) => sum(run.boardScripts, (s) => s.bodyBytes))),
    joinUsableMs: spread(runs.map((run) => run.joinUsableMs)),
    offlineReloadMs: spread(runs.map((run) => run.offlineReloadMs)),
    offlineReloadWallMs: spread(runs.map((run) => run.offlineReloadWallMs)),
    chunks,
    encodings: [...new Set(runs.flatMap((run) => run.boardScripts.map((script) => script.encoding)))],
  };
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const seconds = (ms: number): string => (ms / 1000).toFixed(2);

function row(label: string, value: Spread, format: (n: number) => string, unit: string, budget: number | null): string {
  const verdict = budget === null ? '' : value.median <= budget ? 'within' : 'OVER';
  const budgetText = budget === null ? '' : `≤ ${format(budget)} ${unit}`;
  return `| ${label} | ${format(value.median)} ${unit} | ${format(value.min)}–${format(value.max)} | ${budgetText} | ${verdict} |`;
}

/** A Markdown table: the three budgets first, then the script bytes per chunk. */
export function formatSummary(summary: WebSummary): string {
  const budgetKb = BUDGETS.scriptKb * 1000;
  const lines = [
    `| measure (median of ${summary.runs} cold runs) | median | range | budget | |`,
    '|---|---|---|---|---|',
    row('participant JS on the wire, join page', summary.joinScriptWireBytes, kb, 'KB', budgetKb),
    row('participant JS on the wire, join page + board', summary.boardScriptWireBytes, kb, 'KB', budgetKb),
    row('  the same, bodies only (brotli)', summary.boardScriptBodyBytes, kb, 'KB', null),
    row('cold join link → usable join page', summary.joinUsableMs, seconds, 's', BUDGETS.coldJoinMs),
    row('offline reload → usable board', summary.offlineReloadMs, seconds, 's', BUDGETS.offlineReloadMs),
    row('  the same, seen from the bench process', summary.offlineReloadWallMs, seconds, 's', null),
    '',
    `| script (${summary.encodings.join(', ')}) | body, median | range |`,
    '|---|---|---|',
    ...summary.chunks.map((chunk) => `| ${chunk.chunk} | ${kb(chunk.bodyBytes.median)} KB | ${kb(chunk.bodyBytes.min)}–${kb(chunk.bodyBytes.max)} |`),
  ];
  return lines.join('\n');
}
