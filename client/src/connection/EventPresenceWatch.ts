import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, EventId, GroupPresence, ServerToClientEvents } from '@rembuk/shared';
import { Listeners } from './Listeners.js';
import { retryThrottledHandshake } from './retryThrottledHandshake.js';
import type { ServerOrigin } from './serverOrigin.js';

/**
 * The organizer's live view of how many people are on each group's board (socket.io `eventPresence`). Joining
 * without a group makes the server count this socket in no group.
 */
export class EventPresenceWatch {
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly listeners = new Listeners();
  private readonly stopHandshakeRetry: () => void;
  private groups: ReadonlyMap<string, GroupPresence> | null = null;

  constructor(origin: ServerOrigin, eventId: EventId, organizerKey: string) {
    this.socket = io(origin.http, { auth: { token: organizerKey, eventId }, query: { event: eventId }, transports: ['websocket'] });
    this.socket.on('eventPresence', (groups) => {
      this.groups = new Map(groups.map((group) => [group.groupId, group]));
      this.listeners.notify();
    });
    this.socket.on('disconnect', () => {
      this.groups = null;
      this.listeners.notify();
    });
    this.stopHandshakeRetry = retryThrottledHandshake(this.socket);
  }

  readonly subscribe = this.listeners.subscribe;
  /** Presence per group id; null while not connected (counts would be stale). */
  readonly getGroups = (): ReadonlyMap<string, GroupPresence> | null => this.groups;

  destroy(): void {
    this.stopHandshakeRetry();
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.listeners.clear();
  }
}
