import type { EventId } from '@rembuk/shared';
import type { AuditEntry, Storage, StoredAccessKey, StoredEvent, StoredSession, VoteRow } from './Storage.js';

/** The in-memory twin of SqliteStorage, for tests and throwaway demos. Copies data in and out like a real store. */
export class MemoryStorage implements Storage {
  private readonly events = new Map<EventId, StoredEvent>();
  private readonly updates = new Map<string, Uint8Array[]>();
  private readonly accessKeys = new Map<string, StoredAccessKey>();
  private readonly seats = new Map<string, string>();
  private readonly sessions = new Map<EventId, StoredSession>();
  private readonly votes = new Map<string, VoteRow & { eventId: EventId; groupId: string }>();
  private readonly audit = new Map<EventId, AuditEntry[]>();

  async ping(): Promise<void> {}

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

  async updateEvent(event: StoredEvent): Promise<void> {
    if (!this.events.has(event.id)) throw new Error(`No event ${event.id}`);
    this.events.set(event.id, structuredClone(event));
  }

  async listEventsToPurge(now: Date): Promise<EventId[]> {
    return [...this.events.values()].filter((event) => event.purgeAt <= now.toISOString()).map((event) => event.id);
  }

  async deleteEvent(id: EventId): Promise<void> {
    this.events.delete(id);
    for (const name of [...this.updates.keys()]) if (name.startsWith(`${id}.`)) this.updates.delete(name);
    for (const [hash, key] of this.accessKeys) if (key.eventId === id) this.accessKeys.delete(hash);
    for (const seat of [...this.seats.keys()]) if (seat.startsWith(`${id}/`)) this.seats.delete(seat);
    for (const [rowKey, row] of this.votes) if (row.eventId === id) this.votes.delete(rowKey);
    this.sessions.delete(id);
    this.audit.delete(id);
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

  async createAccessKey(key: StoredAccessKey): Promise<void> {
    if (this.accessKeys.has(key.keyHash)) throw new Error('Key already exists');
    this.accessKeys.set(key.keyHash, structuredClone(key));
  }

  async findAccessKeyByHash(keyHash: string): Promise<StoredAccessKey | null> {
    const key = this.accessKeys.get(keyHash);
    return key ? structuredClone(key) : null;
  }

  async listAccessKeys(eventId: EventId): Promise<StoredAccessKey[]> {
    return [...this.accessKeys.values()]
      .filter((key) => key.eventId === eventId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((key) => structuredClone(key));
  }

  async revokeAccessKey(eventId: EventId, keyId: string, revokedAt: string): Promise<boolean> {
    for (const key of this.accessKeys.values()) {
      if (key.eventId === eventId && key.id === keyId) {
        key.revokedAt ??= revokedAt;
        return true;
      }
    }
    return false;
  }

  async setSeat(eventId: EventId, deviceId: string, groupId: string): Promise<void> {
    this.seats.set(`${eventId}/${deviceId}`, groupId);
  }

  async getSeat(eventId: EventId, deviceId: string): Promise<string | null> {
    return this.seats.get(`${eventId}/${deviceId}`) ?? null;
  }

  async countSeats(eventId: EventId): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [seat, groupId] of this.seats) {
      if (seat.startsWith(`${eventId}/`)) counts[groupId] = (counts[groupId] ?? 0) + 1;
    }
    return counts;
  }

  async saveSession(eventId: EventId, session: StoredSession): Promise<void> {
    this.sessions.set(eventId, structuredClone(session));
  }

  async loadSession(eventId: EventId): Promise<StoredSession | null> {
    const session = this.sessions.get(eventId);
    return session ? structuredClone(session) : null;
  }

  async setVotes(eventId: EventId, groupId: string, cardId: string, deviceId: string, count: number): Promise<void> {
    const rowKey = `${eventId}/${groupId}/${cardId}/${deviceId}`;
    if (count <= 0) this.votes.delete(rowKey);
    else this.votes.set(rowKey, { eventId, groupId, cardId, deviceId, count });
  }

  async listVotes(eventId: EventId, groupId: string): Promise<VoteRow[]> {
    return [...this.votes.values()]
      .filter((row) => row.eventId === eventId && row.groupId === groupId)
      .map(({ cardId, deviceId, count }) => ({ cardId, deviceId, count }));
  }

  async appendAudit(eventId: EventId, entry: AuditEntry): Promise<void> {
    const log = this.audit.get(eventId) ?? [];
    log.push({ ...entry });
    this.audit.set(eventId, log);
  }

  async listAudit(eventId: EventId): Promise<AuditEntry[]> {
    return (this.audit.get(eventId) ?? []).map((entry) => ({ ...entry }));
  }

  async close(): Promise<void> {
    this.events.clear();
    this.updates.clear();
    this.accessKeys.clear();
    this.seats.clear();
    this.sessions.clear();
    this.votes.clear();
    this.audit.clear();
  }
}
