import * as awarenessProtocol from 'y-protocols/awareness';
import { awarenessMessage } from './frames.js';
import type { YjsConnection } from './YjsConnection.js';

/**
 * How long awareness changes of one board wait to be sent together. Cursors and "is editing" marks are not
 * worth one message per change per receiver (they were 77 % of the bytes on the wire at 2,000 clients), and
 * nobody sees 50 ms of lag on a cursor.
 */
export const AWARENESS_TICK_MS = 50;

/**
 * An awareness update that changes nothing (a provider renewing its state every 15 s, or the bench's cursor that
 * the server strips to nothing) is relayed at most this often per client: receivers need one within 30 s to keep
 * the client listed (y-protocols' outdated timeout), and nothing more.
 */
export const AWARENESS_REFRESH_MS = 10_000;

/**
 * Collects the awareness changes of one board and sends them as one merged message per tick, or sooner along
 * with the next document broadcast (so an edit and its cursor leave in one write). Each receiver gets only what
 * it can use: never its own states back, nothing at all when the tick holds only its own change, and renewals
 * that change nothing only as often as they keep a client listed.
 */
export class AwarenessFanout {
  private readonly changed = new Set<number>();
  private readonly lastSentAt = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly connections: ReadonlySet<YjsConnection>,
  ) {}

  /** Note client ids whose state changed, appeared or went (the awareness 'change' event); sent within a tick. */
  note(clientIds: Iterable<number>): void {
    for (const clientId of clientIds) this.changed.add(clientId);
    if (this.changed.size > 0) this.timer ??= setTimeout(this.sendToAll, AWARENESS_TICK_MS);
  }

  /** Note client ids that renewed an unchanged state (the 'update' event); sent only when a renewal is due. */
  noteRenewal(clientIds: Iterable<number>, now = Date.now()): void {
    const due: number[] = [];
    for (const clientId of clientIds) {
      if (!this.changed.has(clientId) && now - (this.lastSentAt.get(clientId) ?? 0) >= AWARENESS_REFRESH_MS) due.push(clientId);
    }
    if (due.length > 0) this.note(due);
  }

  /**
   * Take what is waiting, as a function that sends the right message to one connection. The caller calls it
   * for each connection inside the same corked write as its document messages; null when nothing waits.
   */
  take(): ((connection: YjsConnection) => void) | null {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.changed.size === 0) return null;
    const changed = [...this.changed];
    this.changed.clear();
    const now = Date.now();
    const states = this.awareness.getStates();
    for (const clientId of changed) {
      if (states.has(clientId)) this.lastSentAt.set(clientId, now);
      else this.lastSentAt.delete(clientId);
    }
    let everyone: Uint8Array | null = null;
    return (connection) => {
      const others = changed.filter((clientId) => !connection.controlledClientIds.has(clientId));
      if (others.length === 0) return;
      if (others.length === changed.length) {
        everyone ??= this.encode(changed);
        connection.sendAwarenessMessage(everyone);
      } else {
        connection.sendAwarenessMessage(this.encode(others));
      }
    };
  }

  /** Stop the tick; what is waiting is dropped (the board is being freed). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
    this.lastSentAt.clear();
  }

  private readonly sendToAll = (): void => {
    this.timer = null;
    const send = this.take();
    if (!send) return;
    for (const connection of this.connections) send(connection);
  };

  private encode(clientIds: number[]): Uint8Array {
    return awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds));
  }
}
