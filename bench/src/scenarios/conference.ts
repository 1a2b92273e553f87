import type { ConferenceResult } from '../report/types.js';
import { sleep, type BenchContext } from './BenchContext.js';
import { addMembers } from './members.js';
import { NOISY_FOREIGN_CPU, combineWindows, describeWindow, measureWindow, type MeasuredWindow } from './measureWindow.js';

/**
 * "conference": N clients in G groups, each editing its card every few seconds and moving its cursor (awareness)
 * with every edit. The configurations run in ascending order on one server: each adds the clients and groups it
 * needs on top of the previous one (1,000/50 then +1,000/+50 = 2,000/100).
 */
export async function runConference(context: BenchContext): Promise<ConferenceResult[]> {
  const { conference } = context.options;
  const results: ConferenceResult[] = [];
  let clients = 0;
  let groups = 0;
  for (const config of conference.configs) {
    const added = await addMembers(context, config.clients - clients, config.groups - groups);
    clients = config.clients;
    groups = config.groups;
    context.log(`conference: ${clients} clients in ${groups} groups connected in ${added.seconds.toFixed(1)} s (${added.failures} failed)`);
    await sleep(conference.warmupSeconds * 1000);
    // A window during which others' processes took the CPU is measured again (at most `noisyRetries` times).
    const windows: MeasuredWindow[] = [];
    let extra = 0;
    while (windows.length < conference.windows) {
      const window = await measureWindow(context, clients, groups, conference.windowSeconds);
      const noisy = window.result.foreignCpuPercent > NOISY_FOREIGN_CPU;
      context.log(`  window: ${describeWindow(window.result)}${noisy ? ' (noisy)' : ''}`);
      if (noisy && extra < context.options.noisyRetries) extra++;
      else windows.push(window);
    }
    results.push({
      clients,
      groups,
      connectSeconds: Math.round(added.seconds * 10) / 10,
      connectFailures: added.failures,
      windows: windows.map((window) => window.result),
      combined: combineWindows(windows),
    });
  }
  return results;
}
