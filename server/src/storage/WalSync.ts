import { fsync, fsyncSync, openSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Makes committed SQLite transactions durable without stalling the event loop. The database runs in WAL mode
 * with `synchronous = NORMAL`, so a commit only writes its frames into the WAL file (page cache, microseconds);
 * this class then fsyncs that file on libuv's thread pool. A transaction is as durable once `sync()` resolves
 * as it would have been on return with `synchronous = FULL`, which fsyncs the same file at every commit while
 * the whole process waits: 19 % of the main thread's time at 2,000 clients.
 *
 * One fsync at a time; every `sync()` asked while one runs is answered by the next, which covers all commits
 * made meanwhile. Under load the fsync rate is bounded by the disk, and each covers more commits.
 *
 * ```ts
 * const wal = new WalSync('data/rembuk.db-wal');
 * insert.run(...);     // committed, not yet durable
 * await wal.sync();    // durable: now it may be acknowledged or broadcast
 * ```
 */
export class WalSync {
  private readonly fd: number;
  private running = false;
  private next: Waiter[] = [];
  private closed = false;
  private idle: (() => void) | null = null;
  /** fsyncs started so far (benchmarks and tests read how well they coalesce). */
  fsyncs = 0;

  /** `walFile` must exist: SQLite creates it with the first write in WAL mode and keeps it while connected. */
  constructor(walFile: string) {
    this.fd = openSync(walFile, 'r');
    // The WAL file was just created: its directory entry must reach the disk too, once.
    const directory = openSync(dirname(walFile), 'r');
    try {
      fsyncSync(directory);
    } finally {
      closeSync(directory);
    }
  }

  /** Resolves once everything committed before this call is on disk. */
  sync(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    return new Promise((resolve, reject) => {
      this.next.push({ resolve, reject });
      if (!this.running) this.run();
    });
  }

  /** Sync what is committed, then close the file (the caller closes the database after). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Never close the descriptor under a running fsync (the thread pool would sync whatever reuses the number).
    if (this.running) await new Promise<void>((resolve) => (this.idle = resolve));
    fsyncSync(this.fd);
    closeSync(this.fd);
    const waiting = this.next;
    this.next = [];
    for (const waiter of waiting) waiter.resolve();
  }

  private run(): void {
    const batch = this.next;
    this.next = [];
    this.running = true;
    this.fsyncs += 1;
    fsync(this.fd, (error) => {
      this.running = false;
      for (const waiter of batch) {
        if (error) waiter.reject(error);
        else waiter.resolve();
      }
      if (this.closed) this.idle?.();
      else if (this.next.length > 0) this.run();
    });
  }
}
