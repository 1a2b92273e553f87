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
 * Collects the awareness changes of one board and sends them as one merged message per tick, or sooner along
 * with the next document broadcast (so an edit and its cursor leave in one write). Each receiver gets only what
 * it can use: never its own states back, and nothing at all when the tick holds only its own change.
 */
export class AwarenessFanout {
  private readonly changed = new Set<number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly connections: ReadonlySet<YjsConnection>,
  ) {}

  /** Note changed client ids (the awareness 'update' event); they go out within one tick. */
  note(clientIds: Iterable<number>): void {
    for (const clientId of clientIds) this.changed.add(clientId);
    if (this.changed.size > 0) this.timer ??= setTimeout(this.sendToAll, AWARENESS_TICK_MS);
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
