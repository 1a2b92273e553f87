import type { LoadGenerator } from '../load/LoadGenerator.js';
import type { ProcessSampler } from '../report/processStats.js';
import type { BenchOptions } from '../options.js';
import type { ServerUnderTest } from '../servers/ServerUnderTest.js';

/** What every scenario works with: one server under test, its sampler, the load generator and the options. */
export interface BenchContext {
  options: BenchOptions;
  server: ServerUnderTest;
  serverSampler: ProcessSampler;
  generator: LoadGenerator;
  generatorSampler: ProcessSampler;
  log(line: string): void;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
