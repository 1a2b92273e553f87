import type { BenchReport, ServerRun } from './types.js';

type Ratios = Pick<BenchReport, 'ratios' | 'targets'>;

function ratio(ours: number, theirs: number): number | null {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs <= 0) return null;
  return Math.round((ours / theirs) * 100) / 100;
}

/** Rembuk / baseline for every headline figure, and the targets judged on them (not asserted). */
export function computeRatios(runs: readonly ServerRun[]): Ratios {
  const rembuk = runs.find((run) => run.kind === 'rembuk');
  const baseline = runs.find((run) => run.kind === 'baseline');
  const cluster = runs.find((run) => run.kind === 'cluster');
  const ratios: Record<string, number | null> = {};
  const targets: Ratios['targets'] = [];
  const target = (name: string, value: number | null, goal: string, met: (value: number) => boolean): void => {
    targets.push({ name, ratio: value, goal, met: value === null ? null : met(value) });
  };
  // Several nodes behind HAProxy / one node, at the same load: the cost of the balancer hop (issue 13).
  if (rembuk && cluster) {
    for (const ours of cluster.conference) {
      const single = rembuk.conference.find((c) => c.clients === ours.clients && c.groups === ours.groups);
      if (!single) continue;
      const label = `cluster/1 node ${ours.clients}/${ours.groups}`;
      ratios[`${label} p50`] = ratio(ours.combined.latencyMs.p50, single.combined.latencyMs.p50);
      ratios[`${label} p99`] = ratio(ours.combined.latencyMs.p99, single.combined.latencyMs.p99);
      target(`2 nodes behind HAProxy p99 at ${ours.clients}/${ours.groups}`, ratios[`${label} p99`] ?? null, '<= 1.2', (v) => v <= 1.2);
    }
  }
  if (!rembuk || !baseline) return { ratios, targets };

  for (const ours of rembuk.conference) {
    const theirs = baseline.conference.find((c) => c.clients === ours.clients && c.groups === ours.groups);
    if (!theirs) continue;
    const label = `conference ${ours.clients}/${ours.groups}`;
    const a = ours.combined;
    const b = theirs.combined;
    ratios[`${label} p50`] = ratio(a.latencyMs.p50, b.latencyMs.p50);
    ratios[`${label} p95`] = ratio(a.latencyMs.p95, b.latencyMs.p95);
    ratios[`${label} p99`] = ratio(a.latencyMs.p99, b.latencyMs.p99);
    ratios[`${label} max`] = ratio(a.latencyMs.max, b.latencyMs.max);
    ratios[`${label} server CPU`] = ratio(a.server.cpuPercent, b.server.cpuPercent);
    ratios[`${label} server RSS`] = ratio(a.server.rssMaxMb, b.server.rssMaxMb);
    ratios[`${label} bytes/edit`] = ratio(a.traffic.bytesPerEdit, b.traffic.bytesPerEdit);
    target(`fan-out p99 at ${ours.clients} clients/${ours.groups} groups`, ratios[`${label} p99`] ?? null, '<= 1.0', (v) => v <= 1);
    target(`RSS at ${ours.clients} clients/${ours.groups} groups`, ratios[`${label} server RSS`] ?? null, '<= 1.2', (v) => v <= 1.2);
  }
  if (rembuk.ramp && baseline.ramp) {
    ratios['ramp capacity'] = ratio(rembuk.ramp.capacity, baseline.ramp.capacity);
    target('capacity (clients before p99 > 250 ms)', ratios['ramp capacity'] ?? null, '>= 1.5', (v) => v >= 1.5);
  }
  if (rembuk.join && baseline.join) {
    const ours = rembuk.join;
    const theirs = baseline.join;
    ratios['join synced p50'] = ratio(ours.singleJoinMs.p50, theirs.singleJoinMs.p50);
    ratios['join synced p95'] = ratio(ours.singleJoinMs.p95, theirs.singleJoinMs.p95);
    ratios['burst synced p50'] = ratio(ours.burst.syncedMs.p50, theirs.burst.syncedMs.p50);
    ratios['burst synced p99'] = ratio(ours.burst.syncedMs.p99, theirs.burst.syncedMs.p99);
    ratios['burst all synced'] = ratio(ours.burst.allSyncedMs, theirs.burst.allSyncedMs);
    target(`new client synced to a ${ours.cards}-card board (p50)`, ratios['join synced p50'] ?? null, '<= 1.0', (v) => v <= 1);
  }
  return { ratios, targets };
}
