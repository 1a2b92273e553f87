import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runParticipant, seedBoard, type Board, type RunResult } from './participantRun.js';
import { CPU_SLOWDOWN, FAST_3G, launchChromium } from './phoneContext.js';
import { BUDGETS, formatSummary, summarize } from './summary.js';
import { startWebServer } from './webServer.js';

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repoRoot = resolve(benchDir, '..');

interface WebOptions {
  runs: number;
  cards: number;
  /** Checkout whose built server and client are measured (another checkout gives before/after figures). */
  rembukDir: string;
  /** Off only to debug the bench itself: the budgets are for the throttled phone. */
  throttle: boolean;
}

function parseOptions(args: readonly string[]): WebOptions {
  const options: WebOptions = { runs: 7, cards: 3, rembukDir: repoRoot, throttle: true };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const value = args[index + 1];
    if (arg === '--') continue;
    else if (arg === '--no-throttle') options.throttle = false;
    else if (arg === '--runs' && value) (options.runs = Math.max(1, Number(value))), index++;
    else if (arg === '--cards' && value) (options.cards = Math.max(1, Number(value))), index++;
    else if (arg === '--rembuk-dir' && value) (options.rembukDir = resolve(value)), index++;
    else throw new Error(`unknown option ${arg} (use --runs N, --cards N, --rembuk-dir DIR, --no-throttle)`);
  }
  return options;
}

/** The machine's 1-minute load: other engineers share it, and a busy machine slows the throttled page. */
function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').trim();
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const serverMain = join(options.rembukDir, 'server', 'dist', 'main.js');
  if (!existsSync(serverMain) || !existsSync(join(options.rembukDir, 'client', 'dist', 'index.html'))) {
    throw new Error(`${options.rembukDir} has no built server and client: run pnpm build there`);
  }
  const startedAt = new Date().toISOString();
  const loadBefore = loadAverage();
  const logFile = join(mkdtempSync(join(tmpdir(), 'rembuk-bench-web-logs-')), 'server.log');
  console.log(`bench:web ${options.runs} cold runs of ${options.rembukDir}, ${cpus().length} cores, load ${loadBefore}, server log ${logFile}`);
  const [server, browser] = await Promise.all([startWebServer(serverMain, logFile), launchChromium()]);
  const runs: RunResult[] = [];
  try {
    const event = await server.createEvent('Rembuk bench:web');
    const board: Board = { serverUrl: server.url, ...event, cards: options.cards };
    await seedBoard(browser, board);
    for (let run = 1; run <= options.runs; run++) {
      const result = await runParticipant(browser, board, options.throttle);
      runs.push(result);
      const kb = (result.boardScripts.reduce((total, script) => total + script.wireBytes, 0) / 1000).toFixed(1);
      console.log(`run ${run}: join usable ${result.joinUsableMs.toFixed(0)} ms, offline board ${result.offlineReloadMs.toFixed(0)} ms, ${kb} KB of JS`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const summary = summarize(runs);
  const loadAfter = loadAverage();
  console.log(`\n${formatSummary(summary)}\n\nload average before ${loadBefore}, after ${loadAfter}`);
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `web-${startedAt.replace(/[:.]/g, '-')}.json`);
  const report = {
    startedAt,
    rembukDir: options.rembukDir,
    throttle: options.throttle ? { network: FAST_3G, cpuSlowdown: CPU_SLOWDOWN } : null,
    phone: { viewport: '390x844', deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    cards: options.cards,
    budgets: BUDGETS,
    machine: { cores: cpus().length, loadBefore, loadAfter },
    summary,
    runs,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
