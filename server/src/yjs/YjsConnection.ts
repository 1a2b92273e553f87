import type { WebSocket } from 'ws';
import { CLOSE_CODES, LIMITS, type WriteAllowance } from '@rembuk/shared';
import type { Access, BoardPermission } from '../auth/authorize.js';
import { TokenBucket } from '../util/TokenBucket.js';

/** Awareness is dropped for a client whose send buffer holds more than this; doc updates never are. */
const AWARENESS_DROP_BUFFERED_BYTES = 512 * 1024;

/**
 * One authenticated WebSocket on one board. Its role is decided at the upgrade and never changes. It is also the
 * Yjs transaction origin of everything it writes, which is how the room knows whom not to echo an update to and
 * which transactions the board guard must check.
 */
export class YjsConnection {
  /** Awareness client ids this connection has announced; removed from the room when it closes. */
  readonly controlledClientIds = new Set<number>();
  /** Set by the ping loop; a connection that misses a pong is terminated. */
  isAlive = true;
  private closed = false;
  private readonly messageBudget = new TokenBucket(LIMITS.messagesPerSecond, LIMITS.messageBurst);
  private readonly syncRequestBudget = new TokenBucket(LIMITS.syncRequestsPerMinute / 60, LIMITS.syncRequestBurst);
  private readonly revertBudget = new TokenBucket(LIMITS.revertsPerSecond, LIMITS.revertBurst);
  /** Whether this connection's own sync step 2 (what the server lacked of its document) has arrived. */
  hasSentSyncStep2 = false;
  /** Updates that arrived before that sync step and depend on what it brings, in order of arrival. */
  private held: Uint8Array[] = [];
  private heldBytes = 0;

  constructor(
    readonly socket: WebSocket,
    /** The TCP socket under the WebSocket, corked while a batch of messages is written (one syscall for all). */
    private readonly transport: Corkable,
    readonly access: Access,
    readonly groupId: string,
    private readonly permission: Exclude<BoardPermission, 'none'>,
    /** The session's say (phase, lock) on what this access may write on this board right now. */
    private readonly sessionAllowance: (access: Access, groupId: string) => WriteAllowance,
  ) {}

  /** Read-only access (projector, a reader from another group): its sync step 2 and updates are never applied. */
  get mayWriteBoard(): boolean {
    return this.permission === 'write';
  }

  /**
   * Whether the session lets it write right now (phase, lock), decided per frame. A refused update is applied
   * and reverted rather than dropped: the client's later updates build on it, and a dropped one would leave them
   * waiting forever for a missing predecessor.
   */
  get allowanceNow(): WriteAllowance {
    return this.sessionAllowance(this.access, this.groupId);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  takeMessageToken(): boolean {
    return this.messageBudget.take();
  }

  /** A sync request (SyncStep1, awareness query) costs a whole board or awareness table to answer. */
  takeSyncRequestToken(): boolean {
    return this.syncRequestBudget.take();
  }

  /** A reverted update costs the whole room a net change: a connection that keeps causing them is cut. */
  takeRevertToken(): boolean {
    return this.revertBudget.take();
  }

  /**
   * Keep an update that depends on what this connection's sync step 2 will bring (a phone typing while it
   * reconnects sends its edit before that step). Outside the board, bounded; false when over the bound.
   */
  hold(update: Uint8Array): boolean {
    if (this.hasSentSyncStep2 || this.heldBytes + update.byteLength > LIMITS.maxHeldUpdateBytes) return false;
    this.held.push(update);
    this.heldBytes += update.byteLength;
    return true;
  }

  /** The held updates, in order; the connection holds none afterwards. */
  takeHeld(): Uint8Array[] {
    const held = this.held;
    this.held = [];
    this.heldBytes = 0;
    return held;
  }

  /**
   * Send everything `write` sends as one write to the kernel: ws writes each frame on its own (header and payload
   * in one writev), which at 2,000 clients was one syscall per message per receiver.
   */
  sendBatch(write: () => void): void {
    if (this.closed) return;
    this.transport.cork();
    try {
      write();
    } finally {
      this.transport.uncork();
    }
  }

  /** Send a document message; a client too slow to drain its buffer is closed with a retryable code. */
  sendDocMessage(message: Uint8Array): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > LIMITS.maxBufferedBytes) {
      this.close(CLOSE_CODES.slowConsumer, 'send buffer full, resync');
      return;
    }
    this.socket.send(message, (error) => {
      if (error) this.close(CLOSE_CODES.slowConsumer, 'send failed');
    });
  }

  /** Send awareness; dropped (not queued) when the client is behind, as awareness is soon stale anyway. */
  sendAwarenessMessage(message: Uint8Array): void {
    if (this.closed || this.socket.bufferedAmount > AWARENESS_DROP_BUFFERED_BYTES) return;
    this.socket.send(message, () => {});
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  /** Mark closed when the socket closed from the other side. */
  markClosed(): void {
    this.closed = true;
    this.takeHeld();
  }

  /** Who is behind this connection, for budgets that must outlive one socket (a device or a key, never a name). */
  get strikeKey(): string {
    return accessStrikeKey(this.access);
  }
}

/** What corking needs of a socket (a net.Socket; the upgrade hands it over as a Duplex). */
export interface Corkable {
  cork(): void;
  uncork(): void;
}

/** The device or key an access stands for: a participant reconnecting keeps its strikes. */
export function accessStrikeKey(access: Access): string {
  switch (access.role) {
    case 'participant':
      return `device:${access.event.id}:${access.deviceId}`;
    case 'facilitator':
    case 'projector':
      return `key:${access.keyId}`;
    case 'organizer':
      return `organizer:${access.event.id}`;
  }
}
