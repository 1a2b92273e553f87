import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  EventId,
  FacilitatorCommand,
  GroupDashboardRow,
  GroupPresence,
  SeatedDevice,
  ServerToClientEvents,
  ThemesReply,
} from '@rembuk/shared';
import { sendCommand, type CommandOutcome } from './commandChannel.js';
import { Listeners } from './Listeners.js';
import { reconnectAfterBudgetCut, type BudgetCutWatch } from './reconnectAfterBudgetCut.js';
import { isFinalRefusal, retryThrottledHandshake } from './retryThrottledHandshake.js';
import type { ServerOrigin } from './serverOrigin.js';
import { SessionFeed } from './SessionFeed.js';

/**
 * The dashboard's link: `closed` is final (the key was revoked, the event deleted, or the key is not valid);
 * `reconnecting` means socket.io is trying again on its own.
 */
export type DashboardLinkState =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting' }
  | { kind: 'closed'; reason: 'revoked' | 'refused' };

/** Every group a facilitator runs, as of one moment; `receivedAt` dates `idleMs` on this device's clock. */
export interface DashboardSnapshot {
  rows: GroupDashboardRow[];
  receivedAt: number;
}

/**
 * The facilitator dashboard's control connection: a socket.io socket on no board, told the dashboard rows,
 * presence and devices of every group its key runs, and the session of the event; it sends the commands.
 *
 * ```ts
 * const dashboard = new DashboardConnection(origin, eventId, facilitatorKey);
 * dashboard.subscribe(() => render(dashboard.getDashboard()));
 * await dashboard.command({ type: 'setPhase', scope: { kind: 'event' }, phase: 'vote' });
 * ```
 */
export class DashboardConnection {
  readonly session: SessionFeed;
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly listeners = new Listeners();
  private readonly stopHandshakeRetry: () => void;
  private readonly budgetCut: BudgetCutWatch;
  private state: DashboardLinkState = { kind: 'connecting' };
  private dashboard: DashboardSnapshot | null = null;
  private presence: ReadonlyMap<string, GroupPresence> = new Map();
  private devices: ReadonlyMap<string, readonly SeatedDevice[]> = new Map();
  /** Themes across regions: sent only to the organizer and lead facilitators, so null for everyone else. */
  private themes: ThemesReply | null = null;

  constructor(origin: ServerOrigin, eventId: EventId, key: string) {
    this.socket = io(origin.http, { auth: { token: key, eventId }, query: { event: eventId }, transports: ['websocket'] });
    this.session = new SessionFeed(this.socket);
    this.budgetCut = reconnectAfterBudgetCut(this.socket);
    this.socket.on('connect', () => this.setState({ kind: 'connected' }));
    this.socket.on('dashboard', (rows) => {
      this.dashboard = { rows, receivedAt: Date.now() };
      this.listeners.notify();
    });
    this.socket.on('eventPresence', (groups) => {
      this.presence = new Map(groups.map((group) => [group.groupId, group]));
      this.listeners.notify();
    });
    this.socket.on('themes', (themes) => {
      this.themes = themes;
      this.listeners.notify();
    });
    this.socket.on('devices', (groups) => {
      this.devices = new Map(groups.map((group) => [group.groupId, group.devices]));
      this.listeners.notify();
    });
    this.socket.on('disconnect', (reason) => {
      // The server cuts a revoked key's sockets (and a deleted event's): socket.io does not reconnect after that.
      // A socket cut for sending too much comes back by itself (reconnectAfterBudgetCut).
      const revoked = reason === 'io server disconnect' && !this.budgetCut.cutForBudget();
      this.setState(revoked ? { kind: 'closed', reason: 'revoked' } : { kind: 'reconnecting' });
    });
    this.socket.on('connect_error', (error) => {
      if (isFinalRefusal(error.message)) this.setState({ kind: 'closed', reason: this.everConnected() ? 'revoked' : 'refused' });
    });
    this.stopHandshakeRetry = retryThrottledHandshake(this.socket);
  }

  readonly subscribe = this.listeners.subscribe;
  readonly getState = (): DashboardLinkState => this.state;
  readonly getDashboard = (): DashboardSnapshot | null => this.dashboard;
  readonly getPresence = (): ReadonlyMap<string, GroupPresence> => this.presence;
  readonly getDevices = (): ReadonlyMap<string, readonly SeatedDevice[]> => this.devices;
  readonly getThemes = (): ThemesReply | null => this.themes;

  command(command: FacilitatorCommand): Promise<CommandOutcome> {
    return sendCommand(this.socket, command);
  }

  destroy(): void {
    this.stopHandshakeRetry();
    this.budgetCut.stop();
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.listeners.clear();
    this.session.clear();
  }

  private everConnected(): boolean {
    return this.dashboard !== null;
  }

  private setState(next: DashboardLinkState): void {
    if (this.state.kind === 'closed') return;
    this.state = next;
    this.listeners.notify();
  }
}
