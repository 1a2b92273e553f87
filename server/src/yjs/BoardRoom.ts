import * as Y from 'yjs';
import type { WriteAllowance } from '@rembuk/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { UpdateStore } from '../storage/Storage.js';
import type { Logger } from '../util/logger.js';
import { BoardGuard } from './BoardGuard.js';
import { awarenessMessage, updateMessage } from './frames.js';
import { YjsConnection } from './YjsConnection.js';

export interface BoardRoomOptions {
  /** Told after a batch of client or moderation updates is durable and broadcast (dashboards, walls). */
  onChanged?: (name: string) => void;
  /** Compact the stored update log into one snapshot once this many updates were appended. */
  compactAfterUpdates: number;
  /** Delay before a failed write is retried; updates stay queued (and unbroadcast) meanwhile. */
  persistRetryMs: number;
}

/** Origin of the transaction that loads stored updates: never persisted again, never broadcast. */
const LOAD_ORIGIN = Symbol('load');

interface PendingUpdate {
  update: Uint8Array;
  origin: unknown;
}

/**
 * One board in memory: its Y.Doc, awareness and connections. Every update is written to the store before it is
 * broadcast: updates of one event-loop turn are batched into one write, then each is encoded once and sent to
 * every connection but its author.
 *
 * ```ts
 * const room = await BoardRoom.load('event.group', store, options, logger);
 * room.addConnection(connection);
 * ```
 */
export class BoardRoom {
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<YjsConnection>();
  private readonly guard: BoardGuard;
  private pending: PendingUpdate[] = [];
  private flushScheduled = false;
  private writing = false;
  private flushChain: Promise<void> = Promise.resolve();
  private durableWaiters: (() => void)[] = [];
  private updatesSinceCompaction: number;
  private destroyed = false;
  private closing: Promise<void> | null = null;
  /** When the board last changed while loaded (epoch ms), for the facilitators' idle indicator. */
  lastChangedAt: number | null = null;

  private constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    private readonly store: UpdateStore,
    private readonly options: BoardRoomOptions,
    private readonly logger: Logger,
    storedUpdateCount: number,
  ) {
    this.updatesSinceCompaction = storedUpdateCount;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.broadcastAwareness);
    this.guard = new BoardGuard(doc);
    doc.on('update', this.queueUpdate);
  }

  /** Load a board fully from the store before anyone may sync with it. */
  static async load(name: string, store: UpdateStore, options: BoardRoomOptions, logger: Logger): Promise<BoardRoom> {
    const updates = await store.loadUpdates(name);
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    }, LOAD_ORIGIN);
    return new BoardRoom(name, doc, store, options, logger, updates.length);
  }

  addConnection(connection: YjsConnection): void {
    this.connections.add(connection);
  }

  /** Forget a connection and the awareness states it controlled (no ghost cursors). */
  removeConnection(connection: YjsConnection): void {
    this.connections.delete(connection);
    if (connection.controlledClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.controlledClientIds], null);
    }
  }

  /**
   * Apply a client's update; a change that breaks the board schema, or one the session does not allow now (any
   * change but withdrawing cards in the vote phase, anything when closed or locked), is reverted. Returns the
   * problem, if any.
   */
  applyClientUpdate(connection: YjsConnection, update: Uint8Array, allowance: WriteAllowance): string | null {
    Y.applyUpdate(this.doc, update, connection);
    return this.guard.checkLastClientUpdate(allowance);
  }

  /** Run `callback` once every update applied so far is durable (used to answer sync step 1). */
  whenDurable(callback: () => void): void {
    if (this.pending.length === 0 && !this.writing) callback();
    else this.durableWaiters.push(callback);
  }

  /** Wait until every queued update is written. */
  async flush(): Promise<void> {
    while (this.pending.length > 0 || this.writing || this.flushScheduled) {
      this.flushScheduled = false;
      this.flushChain = this.flushChain.then(() => this.writePending());
      await this.flushChain;
      if (this.pending.length > 0 && !this.writing) {
        // A failed write left updates queued: surface it instead of spinning.
        throw new Error(`Board ${this.name} could not be persisted`);
      }
    }
  }

  /**
   * Write a final snapshot and free the document. Throws (and keeps everything) if the store fails; a second call
   * while one is running shares its outcome.
   */
  close(): Promise<void> {
    this.closing ??= this.persistAndDestroy().finally(() => {
      this.closing = null;
    });
    return this.closing;
  }

  private async persistAndDestroy(): Promise<void> {
    if (this.destroyed) return;
    await this.flush();
    if (this.updatesSinceCompaction > 1) await this.compact();
    // Discarded meanwhile (its event was deleted): nothing left to free.
    if (this.destroyed) return;
    this.free();
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Write the whole board as one snapshot now: after a redaction, the original text must leave the disk too. */
  async compactNow(): Promise<void> {
    await this.flush();
    await this.compact();
  }

  /** Free the board without persisting anything: its event was deleted. */
  discard(): void {
    if (this.destroyed) return;
    this.pending = [];
    this.releaseWaiters();
    this.free();
  }

  private free(): void {
    this.destroyed = true;
    this.guard.destroy();
    this.awareness.off('update', this.broadcastAwareness);
    this.awareness.destroy();
    this.doc.off('update', this.queueUpdate);
    this.doc.destroy();
  }

  private readonly queueUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.lastChangedAt = Date.now();
    this.pending.push({ update, origin });
    this.scheduleFlush(0);
  };

  private scheduleFlush(delayMs: number): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const run = (): void => {
      if (!this.flushScheduled) return;
      this.flushScheduled = false;
      this.flushChain = this.flushChain.then(() => this.writePending());
    };
    if (delayMs > 0) setTimeout(run, delayMs);
    else setImmediate(run);
  }

  private async writePending(): Promise<void> {
    if (this.destroyed) return;
    if (this.pending.length === 0) {
      this.releaseWaiters();
      return;
    }
    const batch = this.pending;
    this.pending = [];
    this.writing = true;
    try {
      await this.store.appendUpdates(this.name, batch.map((entry) => entry.update));
    } catch (error) {
      this.writing = false;
      this.pending = batch.concat(this.pending);
      this.logger.error(`persisting board ${this.name} failed; retrying`, error);
      this.scheduleFlush(this.options.persistRetryMs);
      return;
    }
    this.writing = false;
    // Discarded while the write was out (its event was deleted): no broadcast, and no snapshot written back.
    if (this.destroyed) return;
    for (const entry of batch) this.broadcastUpdate(entry);
    this.options.onChanged?.(this.name);
    this.updatesSinceCompaction += batch.length;
    if (this.updatesSinceCompaction >= this.options.compactAfterUpdates) {
      await this.compact().catch((error: unknown) => this.logger.error(`compacting ${this.name} failed`, error));
    }
    if (this.pending.length === 0) this.releaseWaiters();
  }

  private async compact(): Promise<void> {
    // A discarded board's rows were deleted with its event: a snapshot now would bring them back for good.
    if (this.destroyed) return;
    await this.store.compact(this.name, Y.encodeStateAsUpdate(this.doc));
    this.updatesSinceCompaction = 1;
  }

  private releaseWaiters(): void {
    const waiters = this.durableWaiters;
    this.durableWaiters = [];
    for (const waiter of waiters) waiter();
  }

  private broadcastUpdate(entry: PendingUpdate): void {
    if (this.connections.size === 0) return;
    const message = updateMessage(entry.update);
    for (const connection of this.connections) {
      if (connection !== entry.origin) connection.sendDocMessage(message);
    }
  }

  private readonly broadcastAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
  ): void => {
    if (this.connections.size === 0) return;
    const changed = added.concat(updated, removed);
    const message = awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const connection of this.connections) connection.sendAwarenessMessage(message);
  };
}
