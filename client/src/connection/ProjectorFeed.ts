import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, EventId, ServerToClientEvents, WallView } from '@rembuk/shared';
import { Listeners } from './Listeners.js';
import { reconnectAfterBudgetCut, type BudgetCutWatch } from './reconnectAfterBudgetCut.js';
import { isFinalRefusal, retryThrottledHandshake } from './retryThrottledHandshake.js';
import type { ServerOrigin } from './serverOrigin.js';
import { SessionFeed } from './SessionFeed.js';

/**
 * The projector's control socket, read-only: the session of every group (phases, countdowns, the message) and the
 * wall, which the server filters to cards approved for the screen (a projector never holds a board document).
 */
export class ProjectorFeed {
  readonly session: SessionFeed;
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly listeners = new Listeners();
  private readonly stopHandshakeRetry: () => void;
  private readonly budgetCut: BudgetCutWatch;
  private closed = false;
  private wall: WallView | null = null;

  constructor(origin: ServerOrigin, eventId: EventId, key: string) {
    // `wall`: implied for a projector key; a facilitator's or organizer's key asks for the wall with it.
    this.socket = io(origin.http, { auth: { token: key, eventId, wall: true }, query: { event: eventId }, transports: ['websocket'] });
    this.session = new SessionFeed(this.socket);
    this.budgetCut = reconnectAfterBudgetCut(this.socket);
    this.socket.on('wall', (view) => {
      this.wall = view;
      this.listeners.notify();
    });
    const close = () => {
      this.closed = true;
      this.listeners.notify();
    };
    // Cut by the server (key revoked, event deleted), or refused for good at the handshake; a socket cut for
    // sending too much comes back by itself.
    this.socket.on('disconnect', (reason) => reason === 'io server disconnect' && !this.budgetCut.cutForBudget() && close());
    this.socket.on('connect_error', (error) => isFinalRefusal(error.message) && close());
    this.stopHandshakeRetry = retryThrottledHandshake(this.socket);
  }

  readonly subscribe = this.listeners.subscribe;
  readonly isClosed = (): boolean => this.closed;
  /** The latest wall; null until the server has sent one. */
  readonly getWall = (): WallView | null => this.wall;

  destroy(): void {
    this.stopHandshakeRetry();
    this.budgetCut.stop();
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.listeners.clear();
    this.session.clear();
  }
}
