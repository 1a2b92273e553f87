import type {
  AccessKeyInfo,
  EventId,
  GroupInfo,
  JoinCode,
  Language,
  SessionView,
  TimeZoneLabel,
  VoteBudget,
} from '@rembuk/shared';

/** What an organizer can change after creating an event. */
export interface EventSettings {
  allowReadingOtherGroups: boolean;
  voteBudget: VoteBudget;
  purgeAfterDays: number;
}

/** An event as stored: its public description, its join code, and only hashes of its keys. */
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
  /** Signs participant tickets; deleting the event invalidates every ticket with it. Never leaves the server. */
  ticketSecret: string;
  settings: EventSettings;
  createdAt: string;
  /** When the server deletes the event and everything of it (ISO time). */
  purgeAt: string;
}

/** A facilitator or projector key: `keyHash` is all that is kept of the secret. */
export interface StoredAccessKey extends AccessKeyInfo {
  eventId: EventId;
  keyHash: string;
}

/** The session state of an event that must survive a restart (phases, timers, locks, message). */
export type StoredSession = Omit<SessionView, 'serverNow'>;

export interface VoteRow {
  cardId: string;
  deviceId: string;
  count: number;
}

/** Events and their settings. */
export interface EventStore {
  createEvent(event: StoredEvent): Promise<void>;
  getEvent(id: EventId): Promise<StoredEvent | null>;
  /** `joinCode` in its normalized form (upper case, no dash). */
  findEventByJoinCode(joinCode: string): Promise<StoredEvent | null>;
  updateEvent(event: StoredEvent): Promise<void>;
  /** Ids of events whose purge time has passed. */
  listEventsToPurge(now: Date): Promise<EventId[]>;
  /** Delete an event and everything stored for it: keys, seats, session, votes, audit notes, board updates. */
  deleteEvent(id: EventId): Promise<void>;
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

/** Facilitator and projector keys. */
export interface AccessKeyStore {
  createAccessKey(key: StoredAccessKey): Promise<void>;
  findAccessKeyByHash(keyHash: string): Promise<StoredAccessKey | null>;
  listAccessKeys(eventId: EventId): Promise<StoredAccessKey[]>;
  /** Mark a key revoked; false when the event has no such key. */
  revokeAccessKey(eventId: EventId, keyId: string, revokedAt: string): Promise<boolean>;
}

/** Which group each participant device sits in (a random device id, never a person). */
export interface SeatStore {
  setSeat(eventId: EventId, deviceId: string, groupId: string): Promise<void>;
  getSeat(eventId: EventId, deviceId: string): Promise<string | null>;
  /** How many devices sit in each group (groups nobody sits in are absent): the participant counts of a report. */
  countSeats(eventId: EventId): Promise<Record<string, number>>;
}

/** Phases, timers, locks and the broadcast message of each event. */
export interface SessionStore {
  saveSession(eventId: EventId, session: StoredSession): Promise<void>;
  loadSession(eventId: EventId): Promise<StoredSession | null>;
}

/** Dots per card per device. */
export interface VoteStore {
  /** Set one device's dots on one card (0 removes the row). */
  setVotes(eventId: EventId, groupId: string, cardId: string, deviceId: string, count: number): Promise<void>;
  listVotes(eventId: EventId, groupId: string): Promise<VoteRow[]>;
}

/** Moderation notes: what was done to which card and when, never by whom or to whose card. */
export interface AuditStore {
  appendAudit(eventId: EventId, entry: AuditEntry): Promise<void>;
  listAudit(eventId: EventId): Promise<AuditEntry[]>;
}

export interface AuditEntry {
  groupId: string;
  cardId: string;
  action: string;
  at: string;
}

export interface Storage extends EventStore, UpdateStore, AccessKeyStore, SeatStore, SessionStore, VoteStore, AuditStore {
  /** A cheap round trip: resolves when the store answers now (what `GET /readyz` asks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
