import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/**
 * How long a board waits for its copy on this phone before connecting anyway. Reading it takes a few tens of
 * milliseconds; a broken IndexedDB (some private modes) must not keep the board from the server.
 */
const COPY_LOAD_WAIT_MS = 1_500;

/**
 * This phone's copy of one board in IndexedDB (y-indexeddb): every update the doc sees, from the server and from
 * this phone, so the board opens with no network, as last seen, with the edits made offline (which also go to
 * the synchronous journal in pendingEdits.ts until delivered).
 *
 * Without IndexedDB (unit tests, some private modes) it keeps nothing and the board works from the network.
 */
export class BoardCopy {
  private readonly persistence: IndexeddbPersistence | null;
  /** Settles once the stored board is in the doc, or after `COPY_LOAD_WAIT_MS`; never rejects. */
  readonly loaded: Promise<void>;

  constructor(name: string, doc: Y.Doc) {
    this.persistence = globalThis.indexedDB ? new IndexeddbPersistence(name, doc) : null;
    const stored = this.persistence?.whenSynced.then(() => undefined) ?? Promise.resolve();
    this.loaded = Promise.race([stored, new Promise<void>((resolve) => setTimeout(resolve, COPY_LOAD_WAIT_MS))]);
  }

  /** Stop writing (the copy stays for the next page). */
  destroy(): void {
    void this.persistence?.destroy();
  }

  /** Stop writing and delete the copy. */
  async clear(): Promise<void> {
    await this.persistence?.clearData();
  }
}
