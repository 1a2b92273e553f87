import type { RampResult, RampStep, WindowResult } from '../report/types.js';
import { sleep, type BenchContext } from './BenchContext.js';
import { addMembers } from './members.js';
import { NOISY_FOREIGN_CPU, describeWindow, measureWindow } from './measureWindow.js';

/**
 * "ramp": add clients in steps (whole new groups, so existing groups keep their size) until the fan-out p99 passes
 * the limit or clients see errors; the capacity is the last step that held.
 */
export async function runRamp(context: BenchContext): Promise<RampResult> {
  const { ramp } = context.options;
  const steps: RampStep[] = [];
  let clients = 0;
  let groups = 0;
  let capacity = 0;
  let stopReason = `reached the maximum of ${ramp.maxClients} clients`;
  let generatorLimitedAtStop = false;
  for (let target = ramp.startClients; target <= ramp.maxClients; target += ramp.stepClients) {
    const newGroups = Math.ceil((target - clients) / ramp.groupSize);
    const added = await addMembers(context, target - clients, newGroups);
    clients = target;
    groups += newGroups;
    await sleep(ramp.warmupSeconds * 1000);
    let { result } = await measureWindow(context, clients, groups, ramp.windowSeconds);
    let reason = failure(result, added.failures, ramp.p99LimitMs);
    // Other people's builds and tests share this machine: a step that failed while they took CPU is measured again.
    for (let retry = 0; reason !== null && retry < context.options.noisyRetries && result.foreignCpuPercent > NOISY_FOREIGN_CPU; retry++) {
      context.log(`ramp: ${describeWindow(result)} -> measured again: other processes used ${result.foreignCpuPercent}% CPU`);
      ({ result } = await measureWindow(context, clients, groups, ramp.windowSeconds));
      reason = failure(result, added.failures, ramp.p99LimitMs);
    }
    steps.push({ ...result, held: reason === null, reason: reason ?? 'held' });
    context.log(`ramp: ${describeWindow(result)}${reason ? ` -> stop: ${reason}` : ''}`);
    if (reason !== null) {
      stopReason = `${reason} at ${clients} clients`;
      generatorLimitedAtStop = result.generator.limited;
      break;
    }
    capacity = clients;
  }
  return { steps, capacity, stopReason, generatorLimitedAtStop };
}

function failure(result: WindowResult, connectFailures: number, p99LimitMs: number): string | null {
  if (connectFailures > 0) return `${connectFailures} clients failed to connect`;
  if (result.clientErrors > 0) return `${result.clientErrors} client errors (${result.errorSamples.join('; ')})`;
  if (!(result.latencyMs.p99 <= p99LimitMs)) return `p99 ${result.latencyMs.p99} ms > ${p99LimitMs} ms`;
  return null;
}
