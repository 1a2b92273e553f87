import { Worker } from 'node:worker_threads';
import type { ExportFormat } from '@rembuk/shared';
import type { EventOutcomes } from './eventOutcomes.js';
import type { RenderedExport } from './renderExport.js';
import type { ReportOptions } from './reportOptions.js';

/** What the route asks of a renderer: the ExportWorker, or `renderExport` itself. */
export interface ExportRenderer {
  render(format: ExportFormat, outcomes: EventOutcomes, options: ReportOptions): Promise<RenderedExport>;
}

export interface ExportRequest {
  id: number;
  format: ExportFormat;
  outcomes: EventOutcomes;
  options: ReportOptions;
}

export type ExportReply =
  | { id: number; ok: true; contentType: string; body: string | Uint8Array }
  | { id: number; ok: false; message: string };

/**
 * Renders exports on a worker thread. A full report of a large event takes the better part of a second of CPU
 * (DOCX, PDF, ZIP); on the main thread that would stall every board and socket of the live session while an
 * organizer downloads. The worker starts on the first export and is restarted after a crash.
 *
 * ```ts
 * const exports = new ExportWorker();
 * const file = await exports.render('docx', outcomes, { language: 'id' });
 * await exports.close();
 * ```
 */
export class ExportWorker implements ExportRenderer {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (file: RenderedExport) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private closed = false;

  render(format: ExportFormat, outcomes: EventOutcomes, options: ReportOptions): Promise<RenderedExport> {
    if (this.closed) return Promise.reject(new Error('The export worker is closed.'));
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, format, outcomes, options } satisfies ExportRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    this.failAll(new Error('The export worker is closed.'));
  }

  private start(): Worker {
    // Under tsx (development) this module is TypeScript, and so is its worker's entry: the worker registers tsx
    // itself, as loader hooks do not carry over to worker threads.
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
            `.then(({ register }) => { register(); return import(${JSON.stringify(new URL('./exportWorkerMain.ts', import.meta.url).href)}); });`,
          { eval: true },
        )
      : new Worker(new URL('./exportWorkerMain.js', import.meta.url));
    // A waiting export keeps the process alive through its HTTP request; an idle worker must not.
    worker.unref();
    worker.on('message', (reply: ExportReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (!reply.ok) waiting.reject(new Error(reply.message));
      else {
        const body = typeof reply.body === 'string' ? reply.body : Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength);
        waiting.resolve({ contentType: reply.contentType, body });
      }
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The export worker stopped (exit code ${code}).`)));
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
