/** One caller's updates for one document, waiting for the shared commit. */
export interface AppendEntry {
  docName: string;
  updates: readonly Uint8Array[];
}

interface PendingAppend extends AppendEntry {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit: the appends requested during one turn of the event loop are written together by one call of
 * `writeAll` (one SQLite transaction) instead of one transaction per board. Every caller's promise settles once
 * that transaction is committed and `whenDurable` says it reached the disk; if it failed, nothing of it was
 * written and every caller is rejected (boards keep their updates queued and retry).
 *
 * ```ts
 * const appends = new GroupCommit((entries) => insertAll(entries), () => wal.sync()); // one transaction, one fsync
 * await appends.append('event.group', [update]);
 * ```
 */
export class GroupCommit {
  private queue: PendingAppend[] = [];
  private scheduled = false;

  constructor(
    private readonly writeAll: (entries: readonly AppendEntry[]) => void,
    private readonly whenDurable: () => Promise<void> = () => Promise.resolve(),
  ) {}

  append(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ docName, updates, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate, not a microtask: other boards' flushes of this turn still get to join the batch.
        setImmediate(this.flush);
      }
    });
  }

  /** Write whatever is queued now; other writes to the store call this first so they stay in order. */
  readonly flush = (): void => {
    this.scheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    try {
      this.writeAll(batch);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    this.whenDurable().then(
      () => {
        for (const entry of batch) entry.resolve();
      },
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  };
}
