import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, SessionView, VoteView } from '@rembuk/shared';
import { Listeners } from './Listeners.js';

/**
 * The session state a control socket is told: phases, countdowns, locks and the broadcast message (`session`),
 * and the votes of the board it is on (`votes`). Countdowns are shown against the server's clock: every view
 * carries `serverNow`, and the difference to this device's clock is kept to correct `Date.now()`.
 */
export class SessionFeed {
  private readonly sessionListeners = new Listeners();
  private readonly voteListeners = new Listeners();
  private view: SessionView | null = null;
  private votes: VoteView | null = null;
  private clockOffsetMs = 0;

  constructor(socket: Socket<ServerToClientEvents, ClientToServerEvents>) {
    socket.on('session', (view) => {
      this.clockOffsetMs = view.serverNow - Date.now();
      this.view = view;
      this.sessionListeners.notify();
    });
    socket.on('votes', (votes) => {
      this.votes = votes;
      this.voteListeners.notify();
    });
  }

  readonly subscribeSession = this.sessionListeners.subscribe;
  readonly subscribeVotes = this.voteListeners.subscribe;
  /** The latest session view; null until the server has sent one. */
  readonly getSession = (): SessionView | null => this.view;
  /** Votes of the board this socket is on; null until the server has sent them (or for a socket on no board). */
  readonly getVotes = (): VoteView | null => this.votes;
  /** This device's estimate of the server's clock. */
  readonly serverNow = (): number => Date.now() + this.clockOffsetMs;

  clear(): void {
    this.sessionListeners.clear();
    this.voteListeners.clear();
  }
}
