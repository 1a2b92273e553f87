import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Heap in use after a full garbage collection, in MB. The server under test runs in this process, so this is its
 * heap too (plus the test's). `--expose-gc` can be turned on at run time and `gc` taken from a fresh context, so
 * the test needs no flag on the vitest command line.
 */
export async function heapAfterGcMb(): Promise<number> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Twice, with a turn of the event loop between: weak callbacks and finalizers free more on the second pass.
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
