import type { UpdateStore } from '../storage/Storage.js';
import type { Logger } from '../util/logger.js';
import { BoardRoom, type BoardRoomOptions } from './BoardRoom.js';

export interface BoardRegistryOptions extends BoardRoomOptions {
  /** How long a board with no connections stays in memory before its final persist and unload. */
  idleUnloadMs: number;
}

/**
 * Owns every board in memory. Loads each board once even when many clients arrive together (single-flight, like
 * Hocuspocus's `loadingDocuments`), counts who holds it, and unloads it only after a successful final persist.
 */
export class BoardRegistry {
  private readonly rooms = new Map<string, BoardRoom>();
  private readonly loading = new Map<string, Promise<BoardRoom>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly holders = new Map<string, number>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: UpdateStore,
    private readonly options: BoardRegistryOptions,
    private readonly logger: Logger,
  ) {}

  /** Get a board, loading it if needed; pair every call with `release`. */
  async acquire(name: string): Promise<BoardRoom> {
    this.holders.set(name, (this.holders.get(name) ?? 0) + 1);
    this.cancelIdleTimer(name);
    try {
      const unloading = this.unloading.get(name);
      if (unloading) await unloading.catch(() => {});
      return await this.loadOnce(name);
    } catch (error) {
      this.release(name);
      throw error;
    }
  }

  release(name: string): void {
    const count = (this.holders.get(name) ?? 1) - 1;
    if (count > 0) {
      this.holders.set(name, count);
      return;
    }
    this.holders.delete(name);
    if (this.rooms.has(name)) this.scheduleUnload(name);
  }

  /** Borrow a board for the length of `use` (exports, summaries). */
  async withBoard<T>(name: string, use: (room: BoardRoom) => T | Promise<T>): Promise<T> {
    const room = await this.acquire(name);
    try {
      return await use(room);
    } finally {
      this.release(name);
    }
  }

  /**
   * Free every board of an event without persisting (the event is being deleted); later acquisitions load from
   * the store, which by then holds nothing of it.
   */
  discardEvent(eventId: string): void {
    for (const [name, room] of this.rooms) {
      if (!name.startsWith(`${eventId}.`)) continue;
      this.cancelIdleTimer(name);
      room.discard();
      this.rooms.delete(name);
    }
  }

  /** The board if it is in memory, without loading it. */
  loaded(name: string): BoardRoom | undefined {
    return this.rooms.get(name);
  }

  get loadedBoardCount(): number {
    return this.rooms.size;
  }

  /** Events with a board in memory (board names are `<eventId>.<groupId>`). */
  get loadedEventCount(): number {
    return new Set([...this.rooms.keys()].map((name) => name.slice(0, name.indexOf('.')))).size;
  }

  isLoaded(name: string): boolean {
    return this.rooms.has(name);
  }

  /** Persist and unload every board (SIGTERM). Boards whose store fails stay listed in the thrown error. */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    await Promise.allSettled([...this.loading.values()]);
    const failures: string[] = [];
    for (const [name, room] of this.rooms) {
      try {
        await room.close();
        this.rooms.delete(name);
      } catch (error) {
        failures.push(name);
        this.logger.error(`final persist of ${name} failed`, error);
      }
    }
    if (failures.length > 0) throw new Error(`Boards not persisted: ${failures.join(', ')}`);
  }

  private loadOnce(name: string): Promise<BoardRoom> {
    const loaded = this.rooms.get(name);
    if (loaded) return Promise.resolve(loaded);
    let loading = this.loading.get(name);
    if (!loading) {
      loading = BoardRoom.load(name, this.store, this.options, this.logger)
        .then((room) => {
          this.rooms.set(name, room);
          return room;
        })
        .finally(() => this.loading.delete(name));
      this.loading.set(name, loading);
    }
    return loading;
  }

  private scheduleUnload(name: string): void {
    this.cancelIdleTimer(name);
    const timer = setTimeout(() => {
      this.idleTimers.delete(name);
      void this.unload(name);
    }, this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(name, timer);
  }

  private async unload(name: string): Promise<void> {
    const room = this.rooms.get(name);
    if (!room || this.holders.has(name) || this.unloading.has(name)) return;
    const unloading = room.close().then(
      () => {
        this.rooms.delete(name);
      },
      (error: unknown) => {
        // Keep the board in memory: its updates are not safe yet. Try again later.
        this.logger.error(`unloading ${name} failed; keeping it loaded`, error);
        if (!this.holders.has(name)) this.scheduleUnload(name);
      },
    );
    this.unloading.set(name, unloading);
    await unloading;
    this.unloading.delete(name);
  }

  private cancelIdleTimer(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.idleTimers.delete(name);
    }
  }
}
