import { io, type Socket } from 'socket.io-client';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  boardDocName,
  cardsOf,
  readBoard,
  type BoardSnapshot,
  type ClientToServerEvents,
  type EventId,
  type FacilitatorCommand,
  type GroupId,
  type GroupPresence,
  type ServerToClientEvents,
} from '@rembuk/shared';
import { changedCardIds } from './changedCards.js';
import { sendCommand, sendVote, type CommandOutcome } from './commandChannel.js';
import { closedState, sameConnectionState, type ConnectionState } from './connectionState.js';
import { Listeners } from './Listeners.js';
import { reconnectAfterBudgetCut, type BudgetCutWatch } from './reconnectAfterBudgetCut.js';
import { retryThrottledHandshake } from './retryThrottledHandshake.js';
import type { ServerOrigin } from './serverOrigin.js';
import { SessionFeed } from './SessionFeed.js';
import { clearPendingEdits, readPendingEdits, savePendingEdits } from '../storage/pendingEdits.js';

/** Transaction origin of edits restored from this device's storage (made offline in an earlier page). */
const RESTORED_EDITS = Symbol('restored edits');
/**
 * How long a connection must have been synced before kept edits count as delivered: the server stores what it
 * receives within a few hundred milliseconds (durable before broadcast), and a sync proves only that our side sent.
 */
const DELIVERED_AFTER_SYNC_MS = 2_000;

/** Who opens a board; the server decides what each may do from the token, the client only adapts its UI. */
export type BoardRole = 'participant' | 'facilitator' | 'organizer';

export interface BoardConnectionOptions {
  origin: ServerOrigin;
  eventId: EventId;
  groupId: GroupId;
  /** The participant's ticket, or the organizer or facilitator key. */
  token: string;
  /** Organizers and facilitators see the group's presence without being counted in it. */
  role: BoardRole;
  /** Shown to the group in socket.io presence (participants only); never sent with the board's Yjs connection. */
  pseudonym?: string;
}

type PresenceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One group's board, live: the Y.Doc, its y-websocket provider and the socket.io control channel (presence,
 * session, votes, commands). React reads
 * it through `subscribe*`/`get*` pairs (shaped for `useSyncExternalStore`) and writes to `doc` through the
 * shared board helpers only.
 *
 * ```ts
 * const board = new BoardConnection({ origin, eventId, groupId, token: ticket, role: 'participant' });
 * board.subscribeState(() => console.log(board.getState()));
 * board.destroy();
 * ```
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly socket: PresenceSocket;
  private readonly stopHandshakeRetry: () => void;
  private readonly budgetCut: BudgetCutWatch;

  private readonly stateListeners = new Listeners();
  private readonly presenceListeners = new Listeners();
  private readonly boardListeners = new Listeners();
  private readonly seatListeners = new Listeners();
  /** Phases, countdowns, locks, the broadcast message and this board's votes. */
  readonly session: SessionFeed;

  private state: ConnectionState = { kind: 'connecting' };
  private finalCode: number | null = null;
  private everConnected = false;
  private browserOnline: boolean;
  /** Cards edited while no server could hear; y-websocket sends the edits in the sync after reconnecting. */
  private readonly queuedCards = new Set<string>();
  private presence: GroupPresence | null = null;
  private board: BoardSnapshot | null = null;
  private movedTo: GroupId | null = null;
  private deliveredTimer: ReturnType<typeof setTimeout> | null = null;
  /** This device's undelivered edits, merged; mirrored to storage so a closed tab does not lose them. */
  private pendingEdits: Uint8Array | null = null;

  constructor(private readonly options: BoardConnectionOptions) {
    this.browserOnline = globalThis.navigator?.onLine ?? true;
    // The pseudonym goes to socket.io presence only: on the board connection it would sit next to the Yjs client id
    // that marks every card this tab writes.
    const params: Record<string, string> = { token: options.token };
    this.provider = new WebsocketProvider(
      `${options.origin.ws}/yjs`,
      boardDocName(options.eventId, options.groupId),
      this.doc,
      // Every tab is its own client: a BroadcastChannel shortcut between tabs would hide a dead connection.
      { params, disableBc: true },
    );
    this.provider.on('status', this.refreshState);
    this.provider.on('sync', this.onSync);
    this.provider.on('closed', this.onClosedForGood);
    this.doc.on('update', this.onDocUpdate);
    this.doc.on('afterTransaction', this.onTransaction);
    // Edits an earlier page made offline and could not deliver: the sync after connecting sends them.
    this.pendingEdits = readPendingEdits(options.eventId, options.groupId);
    if (this.pendingEdits) Y.applyUpdate(this.doc, this.pendingEdits, RESTORED_EDITS);

    this.socket = io(options.origin.http, {
      auth: this.handshake(),
      transports: ['websocket'],
    });
    this.session = new SessionFeed(this.socket);
    this.socket.on('presence', this.onPresence);
    this.socket.on('seatChanged', this.onSeatChanged);
    this.socket.on('disconnect', this.onPresenceLost);
    this.stopHandshakeRetry = retryThrottledHandshake(this.socket);
    this.budgetCut = reconnectAfterBudgetCut(this.socket);

    globalThis.addEventListener?.('online', this.onBrowserOnline);
    globalThis.addEventListener?.('offline', this.onBrowserOffline);
  }

  readonly subscribeState = this.stateListeners.subscribe;
  readonly subscribePresence = this.presenceListeners.subscribe;
  readonly subscribeBoard = this.boardListeners.subscribe;
  readonly subscribeSeat = this.seatListeners.subscribe;

  readonly getState = (): ConnectionState => this.state;
  /** Who is on this board now; null until the server has said. */
  readonly getPresence = (): GroupPresence | null => this.presence;
  /** A plain snapshot of the board, re-read only after the document changed. */
  readonly getBoard = (): BoardSnapshot => {
    this.board ??= readBoard(this.doc);
    return this.board;
  };

  /** The group a facilitator moved this device to; null while it still sits here. */
  readonly getMovedTo = (): GroupId | null => this.movedTo;

  /** A facilitator or organizer command about this event (the server checks who may). */
  command(command: FacilitatorCommand): Promise<CommandOutcome> {
    return sendCommand(this.socket, command);
  }

  /** A participant's dot on a card of this board. */
  vote(cardId: string, delta: 1 | -1): Promise<CommandOutcome> {
    return sendVote(this.socket, cardId, delta);
  }

  destroy(): void {
    if (this.deliveredTimer) clearTimeout(this.deliveredTimer);
    globalThis.removeEventListener?.('online', this.onBrowserOnline);
    globalThis.removeEventListener?.('offline', this.onBrowserOffline);
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('afterTransaction', this.onTransaction);
    this.provider.destroy();
    this.stopHandshakeRetry();
    this.budgetCut.stop();
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.doc.destroy();
    this.stateListeners.clear();
    this.presenceListeners.clear();
    this.boardListeners.clear();
    this.seatListeners.clear();
    this.session.clear();
  }

  private handshake(): Record<string, string> {
    const { token, eventId, groupId, role, pseudonym } = this.options;
    return role === 'participant' && pseudonym ? { token, eventId, groupId, pseudonym } : { token, eventId, groupId };
  }

  private readonly refreshState = (): void => {
    let next: ConnectionState;
    if (this.finalCode !== null) next = closedState(this.finalCode);
    else if (this.provider.wsconnected && this.browserOnline) next = { kind: 'connected', synced: this.provider.synced };
    else if (this.everConnected || !this.browserOnline) next = { kind: 'offline', queuedCards: this.queuedCards.size };
    else next = { kind: 'connecting' };
    if (sameConnectionState(this.state, next)) return;
    this.state = next;
    this.stateListeners.notify();
  };

  private readonly onSync = (synced: boolean): void => {
    if (synced) {
      this.everConnected = true;
      this.queuedCards.clear();
      this.forgetDeliveredEdits();
    }
    this.refreshState();
  };

  private forgetDeliveredEdits(): void {
    if (this.deliveredTimer) clearTimeout(this.deliveredTimer);
    this.deliveredTimer = setTimeout(() => {
      this.deliveredTimer = null;
      if (this.state.kind === 'connected' && this.state.synced) this.forgetPendingEdits();
    }, DELIVERED_AFTER_SYNC_MS);
  }

  private forgetPendingEdits(): void {
    this.pendingEdits = null;
    clearPendingEdits(this.options.eventId, this.options.groupId);
  }

  private readonly onClosedForGood = (event: { code: number }): void => {
    // Refused for good (moved, revoked, deleted): edits kept for this board can never be delivered.
    this.forgetPendingEdits();
    this.finalCode = event.code;
    // A pending "rate limited" retry would otherwise reconnect the control socket of a closed board.
    this.stopHandshakeRetry();
    this.budgetCut.stop();
    this.socket.disconnect();
    this.refreshState();
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    // This device's own edits while no server hears them are kept until delivered (the provider's are the server's).
    if (origin !== this.provider && origin !== RESTORED_EDITS && this.state.kind !== 'connected') {
      this.pendingEdits = this.pendingEdits ? Y.mergeUpdates([this.pendingEdits, update]) : update;
      savePendingEdits(this.options.eventId, this.options.groupId, this.pendingEdits);
    }
    this.board = null;
    this.boardListeners.notify();
  };

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    const ours = transaction.local || transaction.origin === RESTORED_EDITS;
    if (!ours || this.state.kind === 'connected') return;
    const before = this.queuedCards.size;
    for (const id of changedCardIds(transaction, cardsOf(this.doc))) this.queuedCards.add(id);
    if (this.queuedCards.size !== before) this.refreshState();
  };

  private readonly onPresence = (presence: GroupPresence): void => {
    if (presence.groupId !== this.options.groupId) return;
    this.presence = presence;
    this.presenceListeners.notify();
  };

  private readonly onSeatChanged = ({ groupId }: { groupId: string }): void => {
    if (groupId === this.options.groupId) return;
    this.movedTo = groupId as GroupId;
    this.seatListeners.notify();
  };

  private readonly onPresenceLost = (): void => {
    this.presence = null;
    this.presenceListeners.notify();
  };

  private readonly onBrowserOnline = (): void => {
    this.browserOnline = true;
    // Reconnect at once rather than after the remaining backoff; the sync that follows sends the queued edits.
    if (this.finalCode === null) this.provider.connect();
    this.refreshState();
  };

  /**
   * A socket on a vanished network can look open for half a minute, swallowing edits. Closing it now makes the
   * state honest ("offline, N waiting") and stops reconnect attempts that cannot succeed until `online`.
   */
  private readonly onBrowserOffline = (): void => {
    this.browserOnline = false;
    this.provider.disconnect();
    this.refreshState();
  };
}
