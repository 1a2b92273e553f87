import type { EventId, GroupInfo, JoinCode, Language, TimeZoneLabel } from '@rembuk/shared';

/** An event as stored: its public description, its join code, and only the hash of its organizer key. */
export interface StoredEvent {
  id: EventId;
  title: string;
  date: string | null;
  place: string | null;
  timeZone: TimeZoneLabel;
  language: Language;
  categories: string[];
  groups: GroupInfo[];
  joinCode: JoinCode;
  organizerKeyHash: string;
  createdAt: string;
}

/** Events and their keys. */
export interface EventStore {
  createEvent(event: StoredEvent): Promise<void>;
  getEvent(id: EventId): Promise<StoredEvent | null>;
  /** `joinCode` in its normalized form (upper case, no dash). */
  findEventByJoinCode(joinCode: string): Promise<StoredEvent | null>;
}

/**
 * The append-only update log of each Yjs document. Writes are durable when the promise resolves: the server
 * broadcasts an update only after that.
 */
export interface UpdateStore {
  loadUpdates(docName: string): Promise<Uint8Array[]>;
  /** Append several updates in one transaction (all or none). */
  appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void>;
  /** Replace every stored update of the document with one snapshot, atomically. */
  compact(docName: string, snapshot: Uint8Array): Promise<void>;
}

export interface Storage extends EventStore, UpdateStore {
  close(): Promise<void>;
}
