import * as Y from 'yjs';
import { unreadableEntries, type WriteAllowance } from '@rembuk/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { UpdateStore } from '../storage/Storage.js';
import type { BoardMetrics } from '../metrics/BoardMetrics.js';
import type { Logger } from '../util/logger.js';
import { BoardGuard } from './BoardGuard.js';
import { inspectUpdate, type GateRefusal } from './updateGate.js';
import { AwarenessFanout } from './AwarenessFanout.js';
import { updateMessage } from './frames.js';
import { SyncAnswerCache } from './SyncAnswerCache.js';
import { YjsConnection } from './YjsConnection.js';

export interface BoardRoomOptions {
  /** Told after a batch of client or moderation updates is durable and broadcast (dashboards, walls). */
  onChanged?: (name: string) => void;
  /** Compact the stored update log into one snapshot once this many updates were appended. */
  compactAfterUpdates: number;
  /** Delay before a failed write is retried; updates stay queued (and unbroadcast) meanwhile. */
  persistRetryMs: number;
  /** Counts admitted and broadcast updates for `GET /metrics`. */
  metrics?: BoardMetrics;
}

/** Origin of the transaction that loads stored updates: never persisted again, never broadcast. */
const LOAD_ORIGIN = Symbol('load');

interface PendingUpdate {
  update: Uint8Array;
  /** Not echoed to this connection (its author); null sends it to everyone. */
  origin: unknown;
  /** Order of queueing, to tell when everything queued before a point in time is durable. */
  seq: number;
}

/** What became of a client's update. */
export type Admission =
  | { kind: 'applied' }
  /** Applied, then undone: it broke a rule of the board as it now is, or of the session. */
  | { kind: 'reverted'; problem: string }
  /** Never applied: the update gate refused it, and nothing of it is anywhere. */
  | { kind: 'refused'; refusal: GateRefusal; detail: string };

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
  private readonly awarenessFanout: AwarenessFanout;
  private readonly syncAnswers: SyncAnswerCache;
  private pending: PendingUpdate[] = [];
  private flushScheduled = false;
  private writing = false;
  private lastWriteFailed = false;
  private flushChain: Promise<void> = Promise.resolve();
  private durableWaiters: (() => void)[] = [];
  private updatesSinceCompaction: number;
  private lastSeq = 0;
  private durableSeq = 0;
  /** Encoded size of the board: exact after load and compaction, an upper bound in between (updates overlap). */
  private boardBytes: number;
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
    this.boardBytes = Y.encodeStateAsUpdate(doc).byteLength;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awarenessFanout = new AwarenessFanout(this.awareness, this.connections);
    this.awareness.on('change', this.noteAwarenessChange);
    this.awareness.on('update', this.noteAwarenessRenewal);
    this.syncAnswers = new SyncAnswerCache(doc);
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
    const unreadable = unreadableEntries(doc);
    if (unreadable.length > 0) {
      // Stored before the update gate existed: readers skip these entries; say so once, not on every read.
      logger.warn(`board ${name} holds ${unreadable.length} entries that are not cards; they are skipped`);
    }
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
   * Admit a client's update: the update gate refuses any value outside the board schema and anything that cannot
   * be integrated completely, before it touches the board; a change that breaks a rule of the board as it then is,
   * or one the session does not allow now (any change but withdrawing cards in the vote phase, anything when
   * closed or locked), is applied and reverted.
   */
  admitClientUpdate(connection: YjsConnection, update: Uint8Array, allowance: WriteAllowance): Admission {
    let verdict = inspectUpdate(this.doc, update, this.boardBytes);
    if (!verdict.ok && verdict.refusal === 'boardFull') {
      // The running size only grows between compactions; measure before turning anyone away.
      this.boardBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
      verdict = inspectUpdate(this.doc, update, this.boardBytes);
    }
    if (!verdict.ok) return { kind: 'refused', refusal: verdict.refusal, detail: verdict.detail };
    const queuedBefore = this.pending.length;
    // Where the board stood for every client this update (or a revert) can add to: the net change starts there.
    const stateBefore = new Map<number, number>();
    for (const client of [...verdict.clients, this.doc.clientID]) {
      stateBefore.set(client, Y.getState(this.doc.store, client));
    }
    Y.applyUpdate(this.doc, verdict.update, connection);
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
      // The gate's model of integration missed a case: never keep (or serve, or store) what Yjs could not place.
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      this.logger.error(`board ${this.name}: an admitted update left pending structs; they were dropped`);
    }
    const problem = this.guard.checkLastClientUpdate(allowance);
    if (problem === null) {
      this.options.metrics?.updateAdmitted();
      return { kind: 'applied' };
    }
    this.replaceWithNetChange(queuedBefore, stateBefore);
    return { kind: 'reverted', problem };
  }

  /**
   * A reverted update and its revert would both be stored and sent, the refused content with them. What they add
   * up to (the client's items, now deleted and collected, and the restored ones) replaces both, for everyone.
   */
  private replaceWithNetChange(queuedBefore: number, stateBefore: Map<number, number>): void {
    const target = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    stateBefore.forEach((clock, client) => target.set(client, clock));
    const replaced = this.pending.splice(queuedBefore);
    if (replaced.length === 0) return;
    this.boardBytes -= replaced.reduce((sum, entry) => sum + entry.update.byteLength, 0);
    this.queue(Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(target)), null);
  }

  /** The SyncStep2 answer for a client at `stateVector`; call only when durable (see `whenDurable`). */
  syncAnswer(stateVector: Uint8Array): Uint8Array {
    return this.syncAnswers.answer(stateVector);
  }

  /** Run `callback` once every update applied so far is durable (used to answer sync step 1). */
  whenDurable(callback: () => void): void {
    if (this.pending.length === 0 && !this.writing) callback();
    else this.durableWaiters.push(callback);
  }

  /**
   * Wait until every update queued before this call is durable. Updates queued meanwhile (others typing) are
   * written too but not waited for; throws only when a write failed.
   */
  async flush(): Promise<void> {
    const target = this.lastSeq;
    while (this.durableSeq < target && !this.destroyed) {
      this.flushScheduled = false;
      this.flushChain = this.flushChain.then(() => this.writePending());
      await this.flushChain;
      if (this.lastWriteFailed) throw new Error(`Board ${this.name} could not be persisted`);
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
    this.awareness.off('change', this.noteAwarenessChange);
    this.awareness.off('update', this.noteAwarenessRenewal);
    this.awarenessFanout.stop();
    this.syncAnswers.clear();
    this.awareness.destroy();
    this.doc.off('update', this.queueUpdate);
    this.doc.destroy();
  }

  private readonly queueUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.queue(update, origin);
  };

  private queue(update: Uint8Array, origin: unknown): void {
    this.lastChangedAt = Date.now();
    this.syncAnswers.clear();
    this.boardBytes += update.byteLength;
    this.pending.push({ update, origin, seq: ++this.lastSeq });
    this.scheduleFlush(0);
  }

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
      this.lastWriteFailed = false;
    } catch (error) {
      this.writing = false;
      this.lastWriteFailed = true;
      this.pending = batch.concat(this.pending);
      this.logger.error(`persisting board ${this.name} failed; retrying`, error);
      this.scheduleFlush(this.options.persistRetryMs);
      return;
    }
    this.writing = false;
    this.durableSeq = (batch[batch.length - 1] as PendingUpdate).seq;
    // Discarded while the write was out (its event was deleted): no broadcast, and no snapshot written back.
    if (this.destroyed) return;
    this.broadcast(batch);
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
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    await this.store.compact(this.name, snapshot);
    this.updatesSinceCompaction = 1;
    this.boardBytes = snapshot.byteLength;
  }

  private releaseWaiters(): void {
    const waiters = this.durableWaiters;
    this.durableWaiters = [];
    for (const waiter of waiters) waiter();
  }

  /**
   * Send a durable batch: each update encoded once, and to each connection everything it should get (the
   * updates it did not write, and the awareness changes waiting, which usually include the authors' cursors)
   * in one corked write.
   */
  private broadcast(batch: readonly PendingUpdate[]): void {
    const sendAwareness = this.awarenessFanout.take();
    if (this.connections.size === 0) return;
    this.options.metrics?.updatesBroadcast(batch.length);
    const messages = batch.map((entry) => ({ message: updateMessage(entry.update), origin: entry.origin }));
    for (const connection of this.connections) {
      connection.sendBatch(() => {
        for (const { message, origin } of messages) if (origin !== connection) connection.sendDocMessage(message);
        sendAwareness?.(connection);
      });
    }
  }

  /** y-protocols emits 'change' (states that differ) before 'update' (every applied entry, renewals too). */
  private readonly noteAwarenessChange = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
  ): void => {
    this.awarenessFanout.note([...added, ...updated, ...removed]);
  };

  private readonly noteAwarenessRenewal = ({ updated }: { updated: number[] }): void => {
    this.awarenessFanout.noteRenewal(updated);
  };
}
