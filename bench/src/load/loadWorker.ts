import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { nowMicros } from './editMarker.js';
import { RawClient, type RawClientHooks } from './RawClient.js';
import {
  emptyCounters,
  type ClientError,
  type ClientSpec,
  type ConnectResult,
  type FromWorker,
  type LoadSettings,
  type ToWorker,
} from './workerProtocol.js';

/** One load-generator thread: runs its share of the raw clients and reports every `STATS_INTERVAL_MS`. */
interface WorkerInput {
  workerId: number;
  settings: LoadSettings;
}

const STATS_INTERVAL_MS = 1000;
const port = parentPort;
if (!port) throw new Error('loadWorker must run in a worker thread');
const { workerId, settings } = workerData as WorkerInput;

const clients = new Map<number, RawClient>();
const counters = emptyCounters();
let sent: number[] = [];
/** key -> [sentMicros, maxLatencyMicros, receivers] for edits received since the last report. */
let receipts = new Map<number, [number, number, number]>();
let errors: ClientError[] = [];

const hooks: RawClientHooks = {
  counters,
  onEditSent(key, sentMicros) {
    sent.push(key, sentMicros);
  },
  onReceipt(key, sentMicros, receivedMicros) {
    const latency = receivedMicros - sentMicros;
    const entry = receipts.get(key);
    if (entry) {
      entry[1] = Math.max(entry[1], latency);
      entry[2]++;
    } else {
      receipts.set(key, [sentMicros, latency, 1]);
    }
  },
  onError(index, kind, detail) {
    errors.push({ index, kind, detail, atMicros: nowMicros() });
  },
};

function post(message: FromWorker): void {
  port?.postMessage(message);
}

async function connectOne(spec: ClientSpec): Promise<ConnectResult> {
  const client = new RawClient(spec, settings, hooks);
  clients.set(spec.index, client);
  const result = await client.connect();
  if (!result.ok) errors.push({ index: spec.index, kind: 'connect', detail: result.error ?? '', atMicros: nowMicros() });
  return result;
}

/** Paced clients (a burst) open at their own delay; the others connect through a bounded number of lanes. */
async function connectAll(batchId: number, specs: ClientSpec[]): Promise<void> {
  const paced = specs.filter((spec) => spec.startDelayMs !== undefined);
  const queued = specs.filter((spec) => spec.startDelayMs === undefined);
  const results: ConnectResult[] = [];
  const delayed = paced.map(async (spec) => {
    await new Promise((resolve) => setTimeout(resolve, spec.startDelayMs));
    results.push(await connectOne(spec));
  });
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let spec = queued[next++]; spec; spec = queued[next++]) results.push(await connectOne(spec));
  };
  const lanes = Math.min(settings.maxConnectsInFlight, queued.length);
  await Promise.all([...delayed, ...Array.from({ length: lanes }, lane)]);
  post({ type: 'connected', batchId, results });
}

let elu = performance.eventLoopUtilization();
// Event-loop delay shows stalls (GC, long bursts of messages) that an average utilization hides.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const statsTimer = setInterval(() => {
  const now = performance.eventLoopUtilization();
  const delta = performance.eventLoopUtilization(now, elu);
  elu = now;
  const flat = new Float64Array(receipts.size * 4);
  let i = 0;
  for (const [key, [sentMicros, max, count]] of receipts) {
    flat[i++] = key;
    flat[i++] = sentMicros;
    flat[i++] = max;
    flat[i++] = count;
  }
  let open = 0;
  for (const client of clients.values()) if (client.isOpen) open++;
  post({
    type: 'stats',
    workerId,
    atMicros: nowMicros(),
    eluActiveMs: delta.active,
    eluIdleMs: delta.idle,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
    sent: Float64Array.from(sent),
    receipts: flat,
    counters: { ...counters },
    errors,
    openClients: open,
  });
  loopDelay.reset();
  sent = [];
  receipts = new Map();
  errors = [];
}, STATS_INTERVAL_MS);

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'connect':
      void connectAll(message.batchId, message.clients);
      return;
    case 'startEditing':
      for (const client of clients.values()) client.startEditing();
      return;
    case 'closeAll':
      for (const client of clients.values()) client.close();
      clients.clear();
      post({ type: 'closed', batchId: message.batchId });
      return;
  }
});

port.on('close', () => clearInterval(statsTimer));
