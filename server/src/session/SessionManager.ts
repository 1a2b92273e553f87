import {
  participantAllowance,
  type WriteAllowance,
  type BroadcastMessage,
  type EventId,
  type GroupSession,
  type SessionView,
} from '@rembuk/shared';
import { runsGroup, type Access } from '../auth/authorize.js';
import type { EventStore, SessionStore, StoredSession } from '../storage/Storage.js';
import type { Logger } from '../util/logger.js';
import { expireTimer, initialGroupSession } from './groupSessionTransitions.js';

interface EventSession {
  groups: Map<string, GroupSession>;
  message: BroadcastMessage | null;
  timers: Map<string, NodeJS.Timeout>;
}

/** Told after every change, so the control plane can broadcast the new view. */
export type SessionListener = (eventId: EventId) => void;

/**
 * Phases, countdowns, locks, vote reveal and the broadcast message of every event. State lives in memory for the
 * synchronous checks made per Yjs frame, and is written through to the store so a restart keeps it; countdowns
 * are deadlines on the server clock, rescheduled after a restart.
 *
 * ```ts
 * const sessions = new SessionManager(store, logger, (eventId) => broadcast(eventId));
 * await sessions.load(event);
 * await sessions.update(eventId, ['grp1'], (group) => withPhase(group, 'vote'));
 * ```
 */
export class SessionManager {
  private readonly sessions = new Map<EventId, EventSession>();
  private readonly loading = new Map<EventId, Promise<EventSession>>();

  constructor(
    private readonly store: SessionStore & EventStore,
    private readonly logger: Logger,
    private readonly onChange: SessionListener,
    private readonly now: () => number = Date.now,
  ) {}

  /** Load an event's session once (single-flight); later calls return at once. */
  async load(event: { id: EventId; groups: readonly { id: string }[] }): Promise<void> {
    if (this.sessions.has(event.id)) return;
    let loading = this.loading.get(event.id);
    if (!loading) {
      loading = this.store
        .loadSession(event.id)
        .then((stored) => this.hydrate(event, stored))
        .finally(() => this.loading.delete(event.id));
      this.loading.set(event.id, loading);
    }
    await loading;
  }

  /** The session of one group; defaults before anything was set. */
  group(eventId: EventId, groupId: string): GroupSession {
    return this.sessions.get(eventId)?.groups.get(groupId) ?? initialGroupSession(groupId);
  }

  /** What a client of this access is shown: the groups it may see, and the broadcast message. */
  view(access: Access, visibleGroupIds: readonly string[]): SessionView {
    const session = this.sessions.get(access.event.id);
    return {
      serverNow: this.now(),
      groups: visibleGroupIds.map((groupId) => this.group(access.event.id, groupId)),
      message: session?.message ?? null,
    };
  }

  /** Per Yjs frame: what may this access write on this board now? Runners always; participants per phase and lock. */
  allowance(access: Access, groupId: string): WriteAllowance {
    if (runsGroup(access, groupId)) return 'write';
    const group = this.group(access.event.id, groupId);
    return participantAllowance(group.phase, group.locked);
  }

  /** Apply one transition to each of the groups, persist, reschedule their countdowns, and tell listeners. */
  async update(eventId: EventId, groupIds: readonly string[], transition: (group: GroupSession, now: number) => GroupSession): Promise<void> {
    const session = this.require(eventId);
    const now = this.now();
    for (const groupId of groupIds) {
      const next = transition(session.groups.get(groupId) ?? initialGroupSession(groupId), now);
      session.groups.set(groupId, next);
      this.schedule(eventId, session, next);
    }
    await this.persist(eventId, session);
  }

  async setMessage(eventId: EventId, message: BroadcastMessage | null): Promise<void> {
    const session = this.require(eventId);
    session.message = message;
    await this.persist(eventId, session);
  }

  /** Drop an event's session and its countdowns (the event was deleted). */
  forget(eventId: EventId): void {
    const session = this.sessions.get(eventId);
    if (!session) return;
    for (const timer of session.timers.values()) clearTimeout(timer);
    this.sessions.delete(eventId);
  }

  close(): void {
    for (const eventId of [...this.sessions.keys()]) this.forget(eventId);
  }

  private hydrate(event: { id: EventId; groups: readonly { id: string }[] }, stored: StoredSession | null): EventSession {
    const session: EventSession = { groups: new Map(), message: stored?.message ?? null, timers: new Map() };
    const now = this.now();
    for (const { id } of event.groups) {
      const saved = stored?.groups.find((group) => group.groupId === id);
      // A countdown that ran out while the server was down ends now, with its effect (a lock) applied.
      const group = expireTimer(saved ?? initialGroupSession(id), now);
      session.groups.set(id, group);
      this.schedule(event.id, session, group);
    }
    this.sessions.set(event.id, session);
    return session;
  }

  private schedule(eventId: EventId, session: EventSession, group: GroupSession): void {
    const existing = session.timers.get(group.groupId);
    if (existing) clearTimeout(existing);
    session.timers.delete(group.groupId);
    if (group.timer.kind !== 'running') return;
    const delay = Math.max(0, group.timer.deadline - this.now());
    const handle = setTimeout(() => {
      session.timers.delete(group.groupId);
      this.update(eventId, [group.groupId], (current, now) => expireTimer(current, now)).catch((error: unknown) =>
        this.logger.error(`expiring a countdown of ${eventId} failed`, error),
      );
    }, delay);
    handle.unref();
    session.timers.set(group.groupId, handle);
  }

  private async persist(eventId: EventId, session: EventSession): Promise<void> {
    await this.store.saveSession(eventId, { groups: [...session.groups.values()], message: session.message });
    this.onChange(eventId);
  }

  private require(eventId: EventId): EventSession {
    const session = this.sessions.get(eventId);
    if (!session) throw new Error(`Session of ${eventId} is not loaded`);
    return session;
  }
}
