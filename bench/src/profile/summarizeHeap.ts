// Summarize a V8 heap snapshot (.heapsnapshot, e.g. from `--heapsnapshot-signal=SIGUSR2`): self size by object
// kind, largest first, so "what holds memory per connection and per board" can be read off one run.
//
//   node bench/dist/profile/summarizeHeap.js server.heapsnapshot [top]
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: summarizeHeap <file.heapsnapshot> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const heap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const fields = heap.snapshot.meta.node_fields;
const stride = fields.length;
const typeAt = fields.indexOf('type');
const nameAt = fields.indexOf('name');
const sizeAt = fields.indexOf('self_size');
const types = heap.snapshot.meta.node_types[0];

const byKind = new Map<string, { count: number; bytes: number }>();
let total = 0;
for (let i = 0; i < heap.nodes.length; i += stride) {
  const type = types[heap.nodes[i + typeAt] ?? 0] ?? '?';
  const name = heap.strings[heap.nodes[i + nameAt] ?? 0] ?? '?';
  const size = heap.nodes[i + sizeAt] ?? 0;
  // Objects are grouped by constructor; strings, code and arrays by their type alone.
  const kind = type === 'object' || type === 'closure' ? `${type}:${name}` : type;
  const entry = byKind.get(kind) ?? { count: 0, bytes: 0 };
  entry.count += 1;
  entry.bytes += size;
  byKind.set(kind, entry);
  total += size;
}
console.log(`total self size ${(total / 1e6).toFixed(1)} MB in ${heap.nodes.length / stride} nodes`);
for (const [kind, { count, bytes }] of [...byKind].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
  console.log(`${(bytes / 1e6).toFixed(2).padStart(8)} MB ${String(count).padStart(9)}  ${kind.slice(0, 90)}`);
}
