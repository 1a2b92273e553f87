import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  SetPseudonymPayload,
  SocketHandshake,
  type ClientToServerEvents,
  type EventId,
  type HandshakeError,
  type GroupId,
  type ServerToClientEvents,
} from '@rembuk/shared';
import { authorizeEvent } from '../auth/authorize.js';
import { clientAddress } from '../http/clientAddress.js';
import type { EventStore } from '../storage/Storage.js';
import type { Logger } from '../util/logger.js';
import type { KeyedRateLimiter } from '../util/TokenBucket.js';
import { PresenceTracker } from './PresenceTracker.js';

/** Presence updates of a group are coalesced: a QR-code burst of 100 joins sends a handful of messages. */
const PRESENCE_COALESCE_MS = 200;

interface SocketData {
  eventId: EventId;
  groupIds: readonly GroupId[];
  /** The group whose board this socket is on, if any. */
  groupId: GroupId | null;
  role: 'organizer' | 'participant';
  pseudonym: string | null;
}

type PresenceSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface PresenceServer {
  io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
  close(): Promise<void>;
}

function handshakeError(message: HandshakeError): Error {
  return new Error(message);
}

const groupRoom = (eventId: string, groupId: string) => `group:${eventId}:${groupId}`;
const organizerRoom = (eventId: string) => `organizers:${eventId}`;

/**
 * The socket.io control plane. For now: presence (who is on each board). Every socket is authorized in the
 * handshake with the same tokens as the Yjs endpoint; every event payload is validated with zod.
 */
export interface PresenceServerDeps {
  store: EventStore;
  logger: Logger;
  /** Slows down join-code guessing through the handshake. */
  handshakeLimiter: KeyedRateLimiter;
}

export function attachPresenceServer(httpServer: HttpServer, deps: PresenceServerDeps): PresenceServer {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 1e6,
    // Our own WebSocket endpoint shares the HTTP server; let it answer its upgrades.
    destroyUpgrade: false,
  });
  const presence = new PresenceTracker();
  const pendingBroadcasts = new Map<string, NodeJS.Timeout>();

  io.use((socket, next) => {
    // socket.io does not catch a rejected middleware promise: every path ends in next().
    authorizeHandshake(socket).then(next, (error: unknown) => {
      deps.logger.error('socket.io handshake failed', error);
      next(handshakeError('internal'));
    });
  });

  async function authorizeHandshake(socket: PresenceSocket): Promise<Error | undefined> {
    if (!deps.handshakeLimiter.take(clientAddress(socket.request))) return handshakeError('rate_limited');
    const handshake = SocketHandshake.safeParse(socket.handshake.auth);
    if (!handshake.success) return handshakeError('invalid_handshake');
    const { token, eventId, groupId, pseudonym } = handshake.data;
    const authorization = await authorizeEvent(deps.store, token, eventId as EventId, groupId as GroupId | undefined);
    if (!authorization.ok) return handshakeError(authorization.denial);
    const { access } = authorization;
    socket.data = {
      eventId: access.event.id,
      groupIds: access.event.groups.map((group) => group.id),
      groupId: (groupId as GroupId | undefined) ?? null,
      role: access.role,
      pseudonym: pseudonym ? pseudonym : null,
    };
    return undefined;
  }

  io.on('connection', (socket: PresenceSocket) => {
    const { eventId, groupId, role } = socket.data;
    if (role === 'organizer') void socket.join(organizerRoom(eventId));
    if (groupId) {
      void socket.join(groupRoom(eventId, groupId));
      // Organizers looking at a board watch its presence but are not counted among its members.
      if (role === 'participant') {
        presence.join(eventId, groupId, socket.id, socket.data.pseudonym);
        scheduleBroadcast(socket.data);
      } else {
        socket.emit('presence', presence.group(eventId, groupId));
      }
    }
    if (role === 'organizer') socket.emit('eventPresence', presence.event(eventId, socket.data.groupIds));

    socket.on('setPseudonym', (payload) => {
      const parsed = SetPseudonymPayload.safeParse(payload);
      if (!parsed.success || !socket.data.groupId || socket.data.role !== 'participant') {
        socket.emit('failure', { reason: 'invalid_body', message: 'setPseudonym needs { pseudonym: string ≤ 40 }' });
        return;
      }
      socket.data.pseudonym = parsed.data.pseudonym || null;
      presence.join(eventId, socket.data.groupId, socket.id, socket.data.pseudonym);
      scheduleBroadcast(socket.data);
    });

    socket.on('disconnect', () => {
      if (!socket.data.groupId || socket.data.role !== 'participant') return;
      presence.leave(eventId, socket.data.groupId, socket.id);
      scheduleBroadcast(socket.data);
    });
  });

  function scheduleBroadcast(data: SocketData): void {
    const { eventId, groupId } = data;
    if (!groupId) return;
    const key = groupRoom(eventId, groupId);
    if (pendingBroadcasts.has(key)) return;
    const timer = setTimeout(() => {
      pendingBroadcasts.delete(key);
      io.to(key).emit('presence', presence.group(eventId, groupId));
      io.to(organizerRoom(eventId)).emit('eventPresence', presence.event(eventId, data.groupIds));
    }, PRESENCE_COALESCE_MS);
    pendingBroadcasts.set(key, timer);
  }

  return {
    io,
    close: async () => {
      for (const timer of pendingBroadcasts.values()) clearTimeout(timer);
      pendingBroadcasts.clear();
      io.disconnectSockets(true);
      io.engine.close();
    },
  };
}
