import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  FacilitatorCommand,
  SetPseudonymPayload,
  SocketHandshake,
  VoteCommand,
  type ClientToServerEvents,
  type CommandReply,
  type DuplicatesReply,
  type ThemesReply,
  type EventId,
  type HandshakeError,
  type ServerToClientEvents,
} from '@rembuk/shared';
import { boardPermission, identify, runGroups, runsGroup, type Access, type AuthStore } from '../auth/authorize.js';
import { emptyRoleCounts, type RoleCounts } from '../metrics/roleCounts.js';
import type { StoredEvent } from '../storage/Storage.js';
import { isLead } from '../themes/ThemeService.js';
import type { RequestLimiter } from '../net/RequestLimiter.js';
import type { SessionManager } from '../session/SessionManager.js';
import type { VoteManager } from '../session/VoteManager.js';
import type { Logger } from '../util/logger.js';
import { buildWallView, type WallSources } from '../wall/buildWallView.js';
import { dashboardRows, type BoardStats } from './dashboardRows.js';
import { PresenceTracker } from './PresenceTracker.js';
import { SOCKET_BUDGET, SocketBudget, TOO_MANY_IN_FLIGHT } from './SocketBudget.js';

/** Presence and dashboard updates are coalesced: a QR-code burst of 100 joins sends a handful of messages. */
const COALESCE_MS = 200;
/** Typing changes boards many times a second; dashboards need not follow every keystroke. */
const BOARD_CHANGE_COALESCE_MS = 1_000;

interface SocketData {
  access: Access;
  /** The group whose board this socket is on, if any. */
  groupId: string | null;
  pseudonym: string | null;
  /** A screen showing the wall (every projector, and runners who asked): it gets `wall`, not dashboards. */
  wall: boolean;
}

type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface ControlPlaneDeps {
  store: AuthStore;
  sessions: SessionManager;
  votes: VoteManager;
  boardStats: BoardStats;
  wallSources: WallSources;
  runCommand: (access: Access, command: FacilitatorCommand) => Promise<CommandReply>;
  logger: Logger;
  /**
   * Several nodes: own the event before a socket is let in (false: the handshake is refused with the retryable
   * `event_elsewhere`). `eventInUrl` demands the event id in the handshake URL too (`?event=`), where the
   * balancer hashes on it, and that it is the event of the auth payload.
   */
  claimEvent: (eventId: EventId) => Promise<boolean>;
  eventInUrl: boolean;
  /** Slows down guessing through the handshake. */
  handshakeLimiter: RequestLimiter;
  /** A participant's vote was counted (theme totals follow revealed votes). */
  votesChanged(eventId: EventId): void;
  /** Themes across regions and duplicate suggestions, as they stand (computed if need be). */
  themes: {
    themes(event: StoredEvent): Promise<ThemesReply>;
    duplicates(event: StoredEvent, groupId: string): Promise<DuplicatesReply>;
  };
}

export interface ControlPlane {
  /** Send every client of the event its session view (and runners their dashboard). */
  publishSession(eventId: EventId): void;
  /** Send every client on the group's board its vote view (and runners their dashboard). */
  publishVotes(eventId: EventId, groupId: string): void;
  /** A board of the event changed: refresh runners' dashboards and projector walls, at most once a second. */
  boardChanged(eventId: EventId): void;
  /** New themes: to every lead's (organizer's, lead facilitator's) socket of the event, not to wall screens. */
  publishThemes(eventId: EventId, reply: ThemesReply): void;
  /** A group's new duplicate suggestions: to the sockets of those who run it that are on its board. */
  publishDuplicates(eventId: EventId, reply: DuplicatesReply): void;
  /** The approved themes changed: rebuild the projector walls. */
  themesOnWallChanged(eventId: EventId): void;
  /** Tell a device it sits elsewhere now (its sockets are cut a moment later with `disconnectDevice`). */
  seatChanged(eventId: EventId, deviceId: string, groupId: string): void;
  /** Cut a device's sockets: it was moved, and reconnects to its new group. */
  disconnectDevice(eventId: EventId, deviceId: string): void;
  /** Disconnect every socket of a key (revoked) or of an event (deleted). */
  disconnectKey(keyId: string): void;
  disconnectEvent(eventId: EventId): void;
  /** The event stopped letting participants read other groups: cut participant sockets watching another group. */
  disconnectOtherGroupReaders(eventId: EventId): void;
  /** Several nodes: the event moved to another node; cut its sockets so that they reconnect there. */
  dropEvent(eventId: EventId): void;
  close(): Promise<void>;
  /** This node's open sockets by role (`GET /metrics`). */
  connectionsByRole(): RoleCounts;
}

const rooms = {
  event: (eventId: string) => `event:${eventId}`,
  group: (eventId: string, groupId: string) => `group:${eventId}:${groupId}`,
  runners: (eventId: string) => `runners:${eventId}`,
  /** Projector walls: they get the filtered wall view, never board documents. */
  walls: (eventId: string) => `walls:${eventId}`,
  /** Organizers and lead facilitators (not wall screens): they get the themes. */
  leads: (eventId: string) => `leads:${eventId}`,
  /** Sockets of those who run a group, on that group's board: they get its duplicate suggestions. */
  groupRunners: (eventId: string, groupId: string) => `groupRunners:${eventId}:${groupId}`,
  key: (keyId: string) => `key:${keyId}`,
  device: (eventId: string, deviceId: string) => `device:${eventId}:${deviceId}`,
};

/**
 * The socket.io control plane: presence, session state (phases, timers, locks, message), votes, the facilitator
 * dashboard and facilitator commands. Every socket is identified in the handshake with the same keys and tickets
 * as the Yjs endpoint; every payload is validated with zod; every command is checked against the sender's role.
 */
export function attachControlPlane(httpServer: HttpServer, deps: ControlPlaneDeps): ControlPlane {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 1e6,
    // Our own WebSocket endpoint shares the HTTP server; let it answer its upgrades.
    destroyUpgrade: false,
  });
  const presence = new PresenceTracker();
  const pending = new Map<string, NodeJS.Timeout>();

  io.use((socket, next) => {
    // socket.io does not catch a rejected middleware promise: every path ends in next().
    authorizeHandshake(socket).then(next, (error: unknown) => {
      deps.logger.error('socket.io handshake failed', error);
      next(handshakeError('internal'));
    });
  });

  async function authorizeHandshake(socket: ControlSocket): Promise<Error | undefined> {
    if (!deps.handshakeLimiter.take(socket.request)) return handshakeError('rate_limited');
    const handshake = SocketHandshake.safeParse(socket.handshake.auth);
    if (!handshake.success) return handshakeError('invalid_handshake');
    const { token, eventId, groupId, pseudonym } = handshake.data;
    if (handshake.data.wall && groupId !== undefined) return handshakeError('invalid_handshake');
    const eventInUrl = socket.handshake.query.event;
    if ((eventInUrl !== undefined || deps.eventInUrl) && eventInUrl !== eventId) return handshakeError('invalid_handshake');
    const identification = await identify(deps.store, token, eventId as EventId);
    if (!identification.ok) return handshakeError(identification.denial);
    const { access } = identification;
    // The wall holds every group's approved cards: for the room's screen, run by those who run the session.
    if (handshake.data.wall && access.role === 'participant') return handshakeError('forbidden');
    const wall = access.role === 'projector' || handshake.data.wall === true;
    const watched = groupId ?? (access.role === 'participant' ? access.seat : null);
    if (watched !== null) {
      if (!access.event.groups.some((group) => group.id === watched)) return handshakeError('notFound');
      if (boardPermission(access, watched) === 'none') return handshakeError('forbidden');
    }
    if (!(await deps.claimEvent(access.event.id))) return handshakeError('event_elsewhere');
    await deps.sessions.load(access.event);
    socket.data = { access, groupId: watched, pseudonym: pseudonym ? pseudonym : null, wall };
    return undefined;
  }

  io.on('connection', (socket: ControlSocket) => {
    const { access, groupId, wall } = socket.data;
    const eventId = access.event.id;
    // socket.id is socket.io's random id: it follows one socket through the logs without naming anyone.
    const log = deps.logger.child({ connectionId: socket.id });
    // A wall screen runs nothing: it is not sent the dashboards of whoever opened it.
    const runs = !wall && runGroups(access).length > 0;
    void socket.join(rooms.event(eventId));
    if (runs) void socket.join(rooms.runners(eventId));
    if (access.role === 'facilitator' || access.role === 'projector') void socket.join(rooms.key(access.keyId));
    if (access.role === 'participant') void socket.join(rooms.device(eventId, access.deviceId));
    if (wall) void socket.join(rooms.walls(eventId));
    if (groupId) void socket.join(rooms.group(eventId, groupId));
    const lead = !wall && isLead(access);
    if (lead) void socket.join(rooms.leads(eventId));
    const groupRunner = !wall && groupId !== null && access.role !== 'participant' && runsGroup(access, groupId);
    if (groupRunner && groupId) void socket.join(rooms.groupRunners(eventId, groupId));

    // Only participants on their own board are members; everyone else watches without being counted.
    const isMember = access.role === 'participant' && groupId === access.seat;
    if (isMember && groupId) {
      presence.join(eventId, groupId, socket.id, { deviceId: access.deviceId, pseudonym: socket.data.pseudonym });
      schedule(`presence:${eventId}:${groupId}`, () => emitPresence(eventId, groupId));
    } else if (groupId) {
      socket.emit('presence', presence.group(eventId, groupId));
    }
    socket.emit('session', deps.sessions.view(access, visibleGroups(socket.data)));
    if (groupId) void sendVotes(socket, groupId);
    if (runs) {
      socket.emit('eventPresence', presence.event(eventId, runGroups(access)));
      socket.emit('devices', runGroups(access).map((id) => ({ groupId: id, devices: presence.devices(eventId, id) })));
      void sendDashboard(socket);
    }
    if (wall) void sendWall(socket);
    if (lead) void logFailure('the themes could not be built', async () => socket.emit('themes', await deps.themes.themes(access.event)));
    if (groupRunner && groupId) {
      void logFailure('the duplicate suggestions could not be built', async () => socket.emit('duplicates', await deps.themes.duplicates(access.event, groupId)));
    }

    // Every event is paid for before it is handled: the first one over budget cuts the socket, and whatever it
    // sent after is dropped unread.
    const budget = new SocketBudget(SOCKET_BUDGET);
    socket.use((_event, next) => {
      switch (budget.admit()) {
        case 'handle':
          next();
          return;
        case 'cut':
          log.warn(`a ${access.role} socket of event ${eventId} went over its event budget and was cut`);
          // After the events already let through have been handled, so their immediate replies go out first.
          setImmediate(() => {
            socket.emit('failure', { reason: 'rate_limited', message: 'Too many messages on this connection; it is closed.' });
            socket.disconnect(true);
          });
          return;
        case 'drop':
          return;
      }
    });

    socket.on('setPseudonym', (payload) => {
      const parsed = SetPseudonymPayload.safeParse(payload);
      if (!parsed.success || !isMember || !groupId || access.role !== 'participant') {
        socket.emit('failure', { reason: 'invalid_body', message: 'setPseudonym needs { pseudonym: string ≤ 40 } on your own board' });
        return;
      }
      socket.data.pseudonym = parsed.data.pseudonym || null;
      presence.join(eventId, groupId, socket.id, { deviceId: access.deviceId, pseudonym: socket.data.pseudonym });
      schedule(`presence:${eventId}:${groupId}`, () => emitPresence(eventId, groupId));
    });

    socket.on('command', (payload, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      const command = FacilitatorCommand.safeParse(payload);
      if (!command.success) {
        reply({ ok: false, reason: 'invalid_command', message: command.error.issues.map((issue) => issue.message).join('; ') });
        return;
      }
      const finish = budget.start();
      if (!finish) {
        reply(TOO_MANY_IN_FLIGHT);
        return;
      }
      deps.runCommand(access, command.data)
        .then(reply, (error: unknown) => {
          log.error('a facilitator command failed', error);
          reply({ ok: false, reason: 'invalid_command', message: 'The command could not be carried out.' });
        })
        .finally(finish);
    });

    socket.on('vote', (payload, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      const vote = VoteCommand.safeParse(payload);
      if (!vote.success || access.role !== 'participant') {
        reply({ ok: false, reason: vote.success ? 'forbidden' : 'invalid_command', message: 'A vote is { cardId, delta: 1 | -1 } from a participant.' });
        return;
      }
      const finish = budget.start();
      if (!finish) {
        reply(TOO_MANY_IN_FLIGHT);
        return;
      }
      deps.votes
        .cast(access, vote.data.cardId, vote.data.delta)
        .then(
          (result) => {
            reply(result);
            if (result.ok) {
              publishVotes(eventId, access.seat);
              deps.votesChanged(eventId);
            }
          },
          (error: unknown) => {
            log.error('a vote failed', error);
            reply({ ok: false, reason: 'invalid_command', message: 'The vote could not be counted.' });
          },
        )
        .finally(finish);
    });

    socket.on('disconnect', () => {
      if (!isMember || !groupId) return;
      presence.leave(eventId, groupId, socket.id);
      schedule(`presence:${eventId}:${groupId}`, () => emitPresence(eventId, groupId));
    });
  });

  function visibleGroups({ access, groupId, wall }: SocketData): string[] {
    // Every group's phase and countdown is on the wall (they are not secret; the cards are filtered).
    if (wall) return access.event.groups.map((group) => group.id);
    switch (access.role) {
      case 'organizer':
      case 'projector':
        return access.event.groups.map((group) => group.id);
      case 'facilitator':
        return groupId && !runGroups(access).includes(groupId) ? [...runGroups(access), groupId] : runGroups(access);
      case 'participant':
        return groupId ? [groupId] : [];
    }
  }

  function emitPresence(eventId: EventId, groupId: string): void {
    io.to(rooms.group(eventId, groupId)).emit('presence', presence.group(eventId, groupId));
    void forEachSocket(rooms.runners(eventId), (socket) => {
      const groups = runGroups(socket.data.access);
      socket.emit('eventPresence', presence.event(eventId, groups));
      socket.emit('devices', groups.map((id) => ({ groupId: id, devices: presence.devices(eventId, id) })));
    });
    publishDashboard(eventId);
  }

  // Every send reads the store or a board; a failed read is logged and skipped (the next change sends again),
  // never left as an unhandled rejection that would take the process down.
  async function sendVotes(socket: ControlSocket, groupId: string): Promise<void> {
    await logFailure('the votes could not be read', async () => socket.emit('votes', await deps.votes.view(socket.data.access, groupId)));
  }

  async function sendDashboard(socket: ControlSocket): Promise<void> {
    const { access } = socket.data;
    await logFailure('the dashboard could not be built', async () =>
      socket.emit('dashboard', await dashboardRows(access, runGroups(access), { presence, sessions: deps.sessions, votes: deps.votes, boards: deps.boardStats })),
    );
  }

  async function sendWall(socket: ControlSocket): Promise<void> {
    await logFailure('the projector wall could not be built', async () => socket.emit('wall', await buildWallView(socket.data.access.event, deps.wallSources)));
  }

  async function logFailure(what: string, send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      deps.logger.error(what, error);
    }
  }

  /** Every projector of the event shows the same wall: build it once per change, only if a projector is there. */
  function publishWall(eventId: EventId, delayMs = COALESCE_MS): void {
    schedule(`wall:${eventId}`, () => void emitWall(eventId), delayMs);
  }

  async function emitWall(eventId: EventId): Promise<void> {
    const [first] = await io.in(rooms.walls(eventId)).fetchSockets();
    const projector = first ? io.sockets.sockets.get(first.id) : undefined;
    if (!projector) return;
    await logFailure('the projector wall could not be built', async () =>
      io.to(rooms.walls(eventId)).emit('wall', await buildWallView(projector.data.access.event, deps.wallSources)),
    );
  }

  function publishDashboard(eventId: EventId, delayMs = COALESCE_MS): void {
    schedule(`dashboard:${eventId}`, () => void emitDashboards(eventId), delayMs);
  }

  /** Every runner's dashboard from one set of rows: each board is read once, not once per runner watching it. */
  async function emitDashboards(eventId: EventId): Promise<void> {
    await logFailure('the dashboards could not be built', async () => {
      const runners = (await io.in(rooms.runners(eventId)).fetchSockets()).flatMap((remote) => io.sockets.sockets.get(remote.id) ?? []);
      const [first] = runners;
      if (!first) return;
      const groupIds = first.data.access.event.groups.map((group) => group.id).filter((groupId) => runners.some((socket) => runGroups(socket.data.access).includes(groupId)));
      const rows = await dashboardRows(first.data.access, groupIds, { presence, sessions: deps.sessions, votes: deps.votes, boards: deps.boardStats });
      for (const socket of runners) {
        const runs = new Set(runGroups(socket.data.access));
        socket.emit('dashboard', rows.filter((row) => runs.has(row.groupId)));
      }
    });
  }

  function publishVotes(eventId: EventId, groupId: string): void {
    schedule(`votes:${eventId}:${groupId}`, () => void forEachSocket(rooms.group(eventId, groupId), (socket) => sendVotes(socket, groupId)));
    publishDashboard(eventId);
    // Hidden votes change nothing on the wall.
    if (deps.sessions.group(eventId, groupId).votesRevealed) publishWall(eventId);
  }

  function schedule(key: string, run: () => void, delayMs = COALESCE_MS): void {
    if (pending.has(key)) return;
    const timer = setTimeout(() => {
      pending.delete(key);
      run();
    }, delayMs);
    pending.set(key, timer);
  }

  async function forEachSocket(room: string, use: (socket: ControlSocket) => unknown): Promise<void> {
    await logFailure(`sending to ${room} failed`, async () => {
      const sockets = await io.in(room).fetchSockets();
      for (const remote of sockets) {
        const socket = io.sockets.sockets.get(remote.id);
        if (socket) await use(socket);
      }
    });
  }

  return {
    publishSession(eventId) {
      void forEachSocket(rooms.event(eventId), (socket) => {
        socket.emit('session', deps.sessions.view(socket.data.access, visibleGroups(socket.data)));
        // Revealing votes changes what each client of a group sees of them.
        if (socket.data.groupId) return sendVotes(socket, socket.data.groupId);
        return undefined;
      });
      publishDashboard(eventId);
      // Revealing votes reorders the wall.
      publishWall(eventId);
    },
    publishVotes,
    boardChanged(eventId) {
      publishDashboard(eventId, BOARD_CHANGE_COALESCE_MS);
      publishWall(eventId, BOARD_CHANGE_COALESCE_MS);
    },
    publishThemes(eventId, reply) {
      io.to(rooms.leads(eventId)).emit('themes', reply);
    },
    publishDuplicates(eventId, reply) {
      io.to(rooms.groupRunners(eventId, reply.groupId)).emit('duplicates', reply);
    },
    themesOnWallChanged(eventId) {
      publishWall(eventId);
    },
    seatChanged(eventId, deviceId, groupId) {
      io.to(rooms.device(eventId, deviceId)).emit('seatChanged', { groupId });
    },
    disconnectDevice(eventId, deviceId) {
      io.in(rooms.device(eventId, deviceId)).disconnectSockets(true);
    },
    disconnectKey(keyId) {
      io.in(rooms.key(keyId)).disconnectSockets(true);
    },
    disconnectOtherGroupReaders(eventId) {
      void forEachSocket(rooms.event(eventId), (socket) => {
        const { access, groupId } = socket.data;
        if (access.role === 'participant' && groupId !== null && groupId !== access.seat) socket.disconnect(true);
      });
    },
    disconnectEvent(eventId) {
      io.in(rooms.event(eventId)).disconnectSockets(true);
    },
    dropEvent(eventId) {
      // Transport only, like close(): the clients reconnect (through the balancer, to the event's new owner).
      void forEachSocket(rooms.event(eventId), (socket) => socket.conn.close());
    },
    connectionsByRole: () => {
      const counts = emptyRoleCounts();
      for (const socket of io.sockets.sockets.values()) counts[socket.data.access.role] += 1;
      return counts;
    },
    close: async () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      // Close the transports only: clients see a dropped connection and reconnect to the next server. A
      // server-side disconnect would tell them they were cut on purpose (revoked), and they would not come back.
      io.engine.close();
    },
  };
}

function handshakeError(message: HandshakeError): Error {
  return new Error(message);
}
