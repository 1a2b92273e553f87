import { Worker } from 'node:worker_threads';
import type { EventId } from '@rembuk/shared';
import type { AuditEntry, Storage, StoredAccessKey, StoredEvent, StoredSession, VoteRow } from '../Storage.js';
import type { StorageCall, StorageMethod, StorageReply, StorageWorkerData } from './storageProtocol.js';

type Resolved<M extends StorageMethod> = Awaited<ReturnType<Storage[M]>>;

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * The embedded default store, with SQLite on a worker thread. better-sqlite3 is synchronous, and with
 * `synchronous = FULL` every commit waits for an fsync: on the main thread each one stalled every board, socket
 * and timer of the process (19 % of its time at 2,000 clients). Here the main thread only posts calls; the worker
 * (`sqliteWorkerMain`) runs them in order on its own connection and answers once they are committed, so a
 * resolved append is as durable as before, and the server still broadcasts an update only after that.
 *
 * If the worker dies, every waiting call is rejected (boards keep their updates queued and retry) and the next
 * call starts a new worker on the same file.
 *
 * ```ts
 * const storage = new SqliteWorkerStorage('data/rembuk.db');
 * await storage.appendUpdates('event.group', [update]); // durable when it resolves
 * ```
 */
export class SqliteWorkerStorage implements Storage {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly filename: string) {}

  /** Resolves once the store is open (the schema migrated); rejects with the reason it could not be. */
  async whenReady(): Promise<void> {
    await this.call('listEventsToPurge', new Date(0));
  }

  /** Answered by the worker thread: a stuck or dead worker makes the server not ready. */
  ping = (): Promise<void> => this.call('ping');
  createEvent = (event: StoredEvent): Promise<void> => this.call('createEvent', event);
  getEvent = (id: EventId): Promise<StoredEvent | null> => this.call('getEvent', id);
  findEventByJoinCode = (joinCode: string): Promise<StoredEvent | null> => this.call('findEventByJoinCode', joinCode);
  updateEvent = (event: StoredEvent): Promise<void> => this.call('updateEvent', event);
  listEventsToPurge = (now: Date): Promise<EventId[]> => this.call('listEventsToPurge', now);
  deleteEvent = (id: EventId): Promise<void> => this.call('deleteEvent', id);
  loadUpdates = (docName: string): Promise<Uint8Array[]> => this.call('loadUpdates', docName);
  appendUpdates = (docName: string, updates: readonly Uint8Array[]): Promise<void> => this.call('appendUpdates', docName, updates);
  compact = (docName: string, snapshot: Uint8Array): Promise<void> => this.call('compact', docName, snapshot);
  createAccessKey = (key: StoredAccessKey): Promise<void> => this.call('createAccessKey', key);
  findAccessKeyByHash = (keyHash: string): Promise<StoredAccessKey | null> => this.call('findAccessKeyByHash', keyHash);
  listAccessKeys = (eventId: EventId): Promise<StoredAccessKey[]> => this.call('listAccessKeys', eventId);
  revokeAccessKey = (eventId: EventId, keyId: string, revokedAt: string): Promise<boolean> =>
    this.call('revokeAccessKey', eventId, keyId, revokedAt);
  setSeat = (eventId: EventId, deviceId: string, groupId: string): Promise<void> => this.call('setSeat', eventId, deviceId, groupId);
  getSeat = (eventId: EventId, deviceId: string): Promise<string | null> => this.call('getSeat', eventId, deviceId);
  countSeats = (eventId: EventId): Promise<Record<string, number>> => this.call('countSeats', eventId);
  saveSession = (eventId: EventId, session: StoredSession): Promise<void> => this.call('saveSession', eventId, session);
  loadSession = (eventId: EventId): Promise<StoredSession | null> => this.call('loadSession', eventId);
  setVotes = (eventId: EventId, groupId: string, cardId: string, deviceId: string, count: number): Promise<void> =>
    this.call('setVotes', eventId, groupId, cardId, deviceId, count);
  listVotes = (eventId: EventId, groupId: string): Promise<VoteRow[]> => this.call('listVotes', eventId, groupId);
  appendAudit = (eventId: EventId, entry: AuditEntry): Promise<void> => this.call('appendAudit', eventId, entry);
  listAudit = (eventId: EventId): Promise<AuditEntry[]> => this.call('listAudit', eventId);

  /** Commit what is queued, close the database and end the worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    await this.post(worker, 'close', []).catch(() => {});
    this.worker = null;
    await worker.terminate();
  }

  private call<M extends StorageMethod>(method: M, ...args: Parameters<Storage[M]>): Promise<Resolved<M>> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    const worker = (this.worker ??= this.start());
    return this.post(worker, method, args) as Promise<Resolved<M>>;
  }

  private post(worker: Worker, method: StorageCall['method'], args: unknown[]): Promise<unknown> {
    const id = ++this.nextId;
    // A waiting call keeps the process alive (a script awaiting a read must not exit); an idle store does not.
    if (this.waiting.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, method, args } satisfies StorageCall);
    });
  }

  private start(): Worker {
    const workerData: StorageWorkerData = { filename: this.filename };
    // Under tsx (development) this module is TypeScript, and so is the worker's entry; loader hooks do not carry
    // over to worker threads, so the worker registers tsx itself.
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
            `.then(({ register }) => { register(); return import(${JSON.stringify(new URL('./sqliteWorkerMain.ts', import.meta.url).href)}); });`,
          { eval: true, workerData },
        )
      : new Worker(new URL('./sqliteWorkerMain.js', import.meta.url), { workerData });
    worker.unref();
    worker.on('message', (reply: StorageReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.message));
    });
    const lost = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (!this.closed) lost(new Error(`The storage worker stopped (exit code ${code}).`));
    });
    return worker;
  }

  private failAll(error: Error): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const entry of waiting) entry.reject(error);
  }
}
