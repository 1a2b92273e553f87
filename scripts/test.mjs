// The whole test suite in one command: make sure Chromium and PostgreSQL are there, build (the browser tests load
// the built client; integration tests import the built server), typecheck what the build does not compile (tests, bench),
// run every vitest project, and end with one plain line "N passed, N failed" summing every suite (a failed
// typecheck counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results/vitest.json';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

function finish(passed, failed, skipped) {
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed > 0 ? 1 : 0);
}

rmSync(RESULTS, { force: true });
if (run('node', ['scripts/ensureChromium.mjs']) !== 0) {
  console.error('Chromium is missing: the browser tests cannot run.');
  finish(0, 1, 0);
}
if (run('node', ['scripts/ensurePostgres.mjs']) !== 0) {
  console.error('PostgreSQL is missing: the storage and multi-node tests cannot run.');
  finish(0, 1, 0);
}
if (run('node', ['scripts/ensureHaproxy.mjs']) !== 0) {
  console.error('HAProxy is missing: the cluster tests cannot run.');
  finish(0, 1, 0);
}
if (run('pnpm', ['build']) !== 0) {
  console.error('The build failed: no test ran.');
  finish(0, 1, 0);
}
// vitest strips types without checking them: without this, a type error in a test would never surface.
const typecheckFailed = run('pnpm', ['--filter', '@rembuk/tests', '--filter', '@rembuk/bench', 'run', 'typecheck']) === 0 ? 0 : 1;
if (typecheckFailed) console.error('The tests or the bench do not typecheck.');
const status = run('pnpm', ['exec', 'vitest', 'run', ...process.argv.slice(2)]);
if (!existsSync(RESULTS)) {
  console.error('vitest wrote no results.');
  finish(0, 1 + typecheckFailed, 0);
}
const results = JSON.parse(readFileSync(RESULTS, 'utf8'));
const failed = results.numFailedTests + (status !== 0 && results.numFailedTests === 0 ? 1 : 0) + typecheckFailed;
finish(results.numPassedTests, failed, results.numPendingTests + results.numTodoTests);
