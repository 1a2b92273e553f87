import { Worker } from 'node:worker_threads';
import { DEFAULT_THRESHOLDS } from './clusterTexts.js';
import { findClusters, type EngineCard, type EngineResult } from './findClusters.js';
import type { TextEmbedder } from './TextEmbedder.js';
import { TfidfEmbedder } from './TfidfEmbedder.js';
import { notDuplicateKey } from './themeDecisions.js';

/** Clusters an event's cards: on the calling thread (`InlineThemeEngine`) or a worker thread (`ThemeWorker`). */
export interface ThemeEngine {
  /** `notDuplicates`: `a|b` keys of card pairs a facilitator said are not duplicates. */
  compute(cards: readonly EngineCard[], notDuplicates: readonly string[]): Promise<EngineResult>;
  close(): Promise<void>;
}

/** The engine on the calling thread, with one embedder (and its per-text cache) for every event. */
export class InlineThemeEngine implements ThemeEngine {
  constructor(private readonly embedder: TextEmbedder = new TfidfEmbedder()) {}

  compute(cards: readonly EngineCard[], notDuplicates: readonly string[]): Promise<EngineResult> {
    const dismissed = new Set(notDuplicates);
    return Promise.resolve(findClusters(cards, this.embedder, DEFAULT_THRESHOLDS, (a, b) => dismissed.has(notDuplicateKey(a, b))));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export interface ThemeRequest {
  id: number;
  cards: readonly EngineCard[];
  notDuplicates: readonly string[];
}

export type ThemeReply = { id: number; ok: true; result: EngineResult } | { id: number; ok: false; message: string };

/**
 * The engine on a worker thread: the largest event takes a few hundred milliseconds of CPU, which on the main
 * thread would hold up every board and socket of every event. Started on first use, restarted after a crash;
 * requests are answered in order (the worker handles one at a time).
 */
export class ThemeWorker implements ThemeEngine {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (result: EngineResult) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private closed = false;

  compute(cards: readonly EngineCard[], notDuplicates: readonly string[]): Promise<EngineResult> {
    if (this.closed) return Promise.reject(new Error('The themes worker is closed.'));
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, cards, notDuplicates } satisfies ThemeRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    this.failAll(new Error('The themes worker is closed.'));
  }

  private start(): Worker {
    // As the export worker: under tsx the worker's entry is TypeScript and registers tsx itself.
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
            `.then(({ register }) => { register(); return import(${JSON.stringify(new URL('./themeWorkerMain.ts', import.meta.url).href)}); });`,
          { eval: true },
        )
      : new Worker(new URL('./themeWorkerMain.js', import.meta.url));
    worker.unref();
    worker.on('message', (reply: ThemeReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.message));
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The themes worker stopped (exit code ${code}).`)));
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
