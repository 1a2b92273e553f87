import type { AppendEntry } from './GroupCommit.js';

interface PendingAppend extends AppendEntry {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit for a store whose writes are asynchronous (PostgreSQL): the appends of one event-loop turn go into
 * one `writeAll` call (one transaction, one WAL flush). While that commit is out, new appends accumulate and go
 * together in the next call as soon as it returns, so batches grow with the load instead of queueing one
 * round trip per board. Every caller's promise settles with the transaction its updates were in.
 *
 * ```ts
 * const appends = new AsyncGroupCommit((entries) => insertAllInOneTransaction(entries));
 * await appends.append('event.group', [update]); // durable now
 * ```
 */
export class AsyncGroupCommit {
  private queue: PendingAppend[] = [];
  private writing: Promise<void> | null = null;
  private scheduled = false;

  /**
   * `writeAll` may refuse some documents and write the others (several nodes: a board whose event this node no
   * longer owns is fenced out); it answers the refused ones with their error, and only their appenders hear it.
   */
  constructor(private readonly writeAll: (entries: readonly AppendEntry[]) => Promise<ReadonlyMap<string, unknown> | void>) {}

  append(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ docName, updates, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Resolves once everything appended before the call has been written or has failed (never rejects: the
   * appenders hear of failures). Other writes to the store wait for this so they stay in order.
   */
  flush(): Promise<void> {
    if (this.queue.length === 0 && this.writing === null) return Promise.resolve();
    // An empty entry rides in the last batch: it settles when everything queued before it has.
    const barrier = new Promise<void>((resolve) => {
      this.queue.push({ docName: '', updates: [], resolve, reject: () => resolve() });
    });
    this.startNext();
    return barrier;
  }

  private schedule(): void {
    if (this.scheduled || this.writing !== null) return;
    this.scheduled = true;
    // setImmediate, not a microtask: other boards' flushes of this turn still get to join the batch.
    setImmediate(() => {
      this.scheduled = false;
      this.startNext();
    });
  }

  private startNext(): void {
    if (this.writing !== null || this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const entries = batch.filter((entry) => entry.updates.length > 0);
    this.writing = (entries.length > 0 ? this.writeAll(entries) : Promise.resolve()).then(
      (refused) => {
        for (const entry of batch) {
          const error = refused ? refused.get(entry.docName) : undefined;
          if (error === undefined) entry.resolve();
          else entry.reject(error);
        }
      },
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    ).finally(() => {
      this.writing = null;
      // What accumulated during this commit goes out at once, as one batch.
      this.startNext();
    });
  }
}
