import { Worker } from 'node:worker_threads';
import { EditLedger } from './EditLedger.js';
import {
  emptyCounters,
  type ClientError,
  type ClientSpec,
  type ConnectResult,
  type FromWorker,
  type LoadSettings,
  type TrafficCounters,
  type ToWorker,
  type WorkerStats,
} from './workerProtocol.js';

/** Running totals of one worker thread's event loop, summed from its reports. */
export interface WorkerLoop {
  activeMs: number;
  idleMs: number;
  /** Worst event-loop delay seen in any report so far. */
  maxDelayMs: number;
  /** Sum of each report's p99 delay and the number of reports, for a mean over a window. */
  p99DelaySumMs: number;
  reports: number;
}

export interface GeneratorSnapshot {
  counters: TrafficCounters;
  loops: WorkerLoop[];
  errorCount: number;
}

/**
 * The main-thread side of the load generator: spreads clients over worker threads (each with an enlarged young
 * generation, so scavenges do not stretch latency tails), forwards their reports into the open edit ledgers and
 * keeps running totals of traffic, event-loop use and client errors.
 */
export class LoadGenerator {
  private readonly workers: Worker[] = [];
  private readonly counters: TrafficCounters[] = [];
  private readonly loops: WorkerLoop[] = [];
  private readonly errors: ClientError[] = [];
  private readonly ledgers = new Set<EditLedger>();
  private readonly waiting = new Map<number, (message: FromWorker) => void>();
  private readonly groupSizes = new Map<number, number>();
  private nextBatch = 0;
  private nextClient = 0;

  constructor(workerCount: number, settings: LoadSettings, youngGenerationMb: number) {
    const url = new URL('./loadWorker.js', import.meta.url);
    for (let workerId = 0; workerId < workerCount; workerId++) {
      const worker = new Worker(url, {
        workerData: { workerId, settings },
        resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
      });
      worker.on('message', (message: FromWorker) => this.onMessage(message));
      worker.on('error', (error) => {
        this.errors.push({ index: -1, kind: 'error', detail: `worker ${workerId}: ${error.message}`, atMicros: 0 });
      });
      this.workers.push(worker);
      this.counters.push(emptyCounters());
      this.loops.push({ activeMs: 0, idleMs: 0, maxDelayMs: 0, p99DelaySumMs: 0, reports: 0 });
    }
  }

  get workerCount(): number {
    return this.workers.length;
  }

  /** Reserve `count` global client indices. */
  allocateClients(count: number): number[] {
    return Array.from({ length: count }, () => this.nextClient++);
  }

  /** Connect clients, spread round-robin over the workers; resolves when every one synced or failed. */
  async connect(clients: ClientSpec[]): Promise<ConnectResult[]> {
    for (const client of clients) this.groupSizes.set(client.index, client.groupSize);
    const shares: ClientSpec[][] = this.workers.map(() => []);
    clients.forEach((client, i) => shares[i % shares.length]?.push(client));
    const replies = await Promise.all(
      this.workers.map((worker, i) => this.request(worker, (batchId) => ({ type: 'connect', batchId, clients: shares[i] ?? [] }))),
    );
    return replies.flatMap((reply) => (reply.type === 'connected' ? reply.results : []));
  }

  startEditing(): void {
    for (const worker of this.workers) worker.postMessage({ type: 'startEditing' } satisfies ToWorker);
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.workers.map((worker) => this.request(worker, (batchId) => ({ type: 'closeAll', batchId }))));
  }

  /** Start collecting the edits sent between `fromMicros` and `toMicros`. */
  openLedger(fromMicros: number, toMicros: number): EditLedger {
    const ledger = new EditLedger(fromMicros, toMicros, (sender) => (this.groupSizes.get(sender) ?? 1) - 1);
    this.ledgers.add(ledger);
    return ledger;
  }

  closeLedger(ledger: EditLedger): void {
    this.ledgers.delete(ledger);
  }

  snapshot(): GeneratorSnapshot {
    const counters = emptyCounters();
    for (const worker of this.counters) {
      for (const key of Object.keys(counters) as (keyof TrafficCounters)[]) counters[key] += worker[key];
    }
    return { counters, loops: this.loops.map((loop) => ({ ...loop })), errorCount: this.errors.length };
  }

  /** Reset the worst-delay marks, so the next window's maximum is its own. */
  resetDelayMarks(): void {
    for (const loop of this.loops) loop.maxDelayMs = 0;
  }

  errorsSince(count: number): ClientError[] {
    return this.errors.slice(count);
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private request(worker: Worker, build: (batchId: number) => ToWorker): Promise<FromWorker> {
    const batchId = this.nextBatch++;
    return new Promise((resolve) => {
      this.waiting.set(batchId, resolve);
      worker.postMessage(build(batchId));
    });
  }

  private onMessage(message: FromWorker): void {
    switch (message.type) {
      case 'stats':
        this.onStats(message);
        return;
      case 'connected':
      case 'closed': {
        const resolve = this.waiting.get(message.batchId);
        this.waiting.delete(message.batchId);
        resolve?.(message);
        return;
      }
    }
  }

  private onStats(stats: WorkerStats): void {
    this.counters[stats.workerId] = stats.counters;
    const loop = this.loops[stats.workerId];
    if (loop) {
      loop.activeMs += stats.eluActiveMs;
      loop.idleMs += stats.eluIdleMs;
      loop.maxDelayMs = Math.max(loop.maxDelayMs, stats.loopDelayMaxMs);
      loop.p99DelaySumMs += stats.loopDelayP99Ms;
      loop.reports++;
    }
    this.errors.push(...stats.errors);
    for (const ledger of this.ledgers) {
      ledger.addSent(stats.sent);
      ledger.addReceipts(stats.receipts);
    }
  }
}
