// Summarize a V8 CPU profile (.cpuprofile, from `--cpu-prof`): self time by function, largest first, as a share
// of all samples (idle included, so "19 % of all main-thread time" reads the same way as in issue 11).
//
//   node bench/dist/profile/summarizeCpuProfile.js server.cpuprofile [top]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: summarizeCpuProfile <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const selfMicros = new Map<string, number>();
let totalMicros = 0;
profile.samples.forEach((nodeId, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  const frame = frames.get(nodeId);
  const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url ? `${basename(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim() : '?';
  selfMicros.set(name, (selfMicros.get(name) ?? 0) + delta);
  totalMicros += delta;
});
const busy = totalMicros - (selfMicros.get('(idle)') ?? 0);
console.log(`${(totalMicros / 1e6).toFixed(1)} s sampled, ${((busy / totalMicros) * 100).toFixed(1)} % busy`);
for (const [name, micros] of [...selfMicros].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${((micros / totalMicros) * 100).toFixed(1).padStart(5)} %  ${name.slice(0, 100)}`);
}
