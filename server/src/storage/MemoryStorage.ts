import type { EventId } from '@rembuk/shared';
import type { Storage, StoredEvent } from './Storage.js';

/** The in-memory twin of SqliteStorage, for tests and throwaway demos. Copies data in and out like a real store. */
export class MemoryStorage implements Storage {
  private readonly events = new Map<EventId, StoredEvent>();
  private readonly updates = new Map<string, Uint8Array[]>();

  async createEvent(event: StoredEvent): Promise<void> {
    if (this.events.has(event.id)) throw new Error(`Event ${event.id} already exists`);
    for (const other of this.events.values()) {
      if (other.joinCode === event.joinCode) throw new Error('Join code already in use');
    }
    this.events.set(event.id, structuredClone(event));
  }

  async getEvent(id: EventId): Promise<StoredEvent | null> {
    const event = this.events.get(id);
    return event ? structuredClone(event) : null;
  }

  async findEventByJoinCode(joinCode: string): Promise<StoredEvent | null> {
    for (const event of this.events.values()) {
      if (event.joinCode.replace('-', '') === joinCode) return structuredClone(event);
    }
    return null;
  }

  async loadUpdates(docName: string): Promise<Uint8Array[]> {
    return (this.updates.get(docName) ?? []).map((update) => update.slice());
  }

  async appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    const log = this.updates.get(docName) ?? [];
    log.push(...updates.map((update) => update.slice()));
    this.updates.set(docName, log);
  }

  async compact(docName: string, snapshot: Uint8Array): Promise<void> {
    this.updates.set(docName, [snapshot.slice()]);
  }

  async close(): Promise<void> {
    this.events.clear();
    this.updates.clear();
  }
}
