import * as Y from 'yjs';
import { syncStep2Message } from './frames.js';

/** Distinct state vectors remembered between two changes of a board (joiners of one group mostly share one). */
const MAX_ENTRIES = 16;
/** Bytes of answers kept per board: distinct state vectors (an attacker's, say) cannot grow it further. */
const MAX_BYTES = 4 * 1024 * 1024;

/**
 * SyncStep2 answers of one board, kept until the board next changes. A burst of joiners asks with the same
 * state vector (an empty one for a fresh phone; the same one for the phones of a group reconnecting after the
 * wifi dropped), and encoding a 500-card board once per joiner was most of what a join burst cost.
 */
export class SyncAnswerCache {
  private readonly answers = new Map<string, Uint8Array>();
  private bytes = 0;

  constructor(private readonly doc: Y.Doc) {}

  /** The SyncStep2 message for a client that has `stateVector`: from the cache, or encoded and kept. */
  answer(stateVector: Uint8Array): Uint8Array {
    const key = Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString('latin1');
    const cached = this.answers.get(key);
    if (cached) return cached;
    const message = syncStep2Message(this.doc, stateVector);
    if (message.byteLength > MAX_BYTES) return message;
    // Oldest first: Map iterates in insertion order.
    for (const [oldKey, old] of this.answers) {
      if (this.answers.size < MAX_ENTRIES && this.bytes + message.byteLength <= MAX_BYTES) break;
      this.answers.delete(oldKey);
      this.bytes -= old.byteLength;
    }
    this.answers.set(key, message);
    this.bytes += message.byteLength;
    return message;
  }

  /** The board changed: every kept answer is stale. */
  clear(): void {
    if (this.answers.size === 0) return;
    this.answers.clear();
    this.bytes = 0;
  }
}
