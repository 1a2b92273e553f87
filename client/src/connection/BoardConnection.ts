import { io, type Socket } from 'socket.io-client';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  boardDocName,
  cardsOf,
  closeCodeName,
  type CloseCodeName,
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
import { BoardCopy } from './BoardCopy.js';
import { boardCopyName } from '../storage/boardCopies.js';
import { forgetEventOnDevice } from '../storage/deviceRetention.js';
import { clearPendingEdits, readPendingEdits, savePendingEdits } from '../storage/pendingEdits.js';

/** Transaction origin of edits restored from this device's journal (made offline in an earlier page). */
const RESTORED_EDITS = Symbol('restored edits');
/**
 * How long a connection must have been synced before queued edits count as delivered: the server stores what it
 * receives within a few hundred milliseconds (durable before broadcast), and a sync proves only that our side sent.
 */
const DELIVERED_AFTER_SYNC_MS = 2_000;
/**
 * Closes that say this phone's access to the whole event is gone (deleted, purged, key revoked): nothing of the
 * event is worth keeping on it. Moved or forbidden only loses this one board.
 */
const EVENT_GONE: ReadonlySet<CloseCodeName | null> = new Set(['accessRevoked', 'unauthorized', 'boardNotFound']);
const BOARD_GONE: ReadonlySet<CloseCodeName | null> = new Set(['seatChanged', 'forbidden']);

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
  /** The board's copy on this phone: it opens offline, and offline edits outlive the tab. */
  private readonly copy: BoardCopy;
  /**
   * The control socket. Public for the runner's tools (a lazy chunk), which listen on it for what the server sends
   * only to who runs the group (duplicate suggestions): their code stays out of every participant's bundle.
   */
  readonly socket: PresenceSocket;
  private readonly stopHandshakeRetry: () => void;
  private readonly budgetCut: BudgetCutWatch;

  private readonly stateListeners = new Listeners();
  private readonly presenceListeners = new Listeners();
  private readonly boardListeners = new Listeners();
  private readonly seatListeners = new Listeners();
  private readonly queuedListeners = new Listeners();
  /** Phases, countdowns, locks, the broadcast message and this board's votes. */
  readonly session: SessionFeed;

  private state: ConnectionState = { kind: 'connecting' };
  private finalCode: number | null = null;
  private everConnected = false;
  private browserOnline: boolean;
  private destroyed = false;
  /**
   * Cards edited while no server could hear, until a sync has delivered them ("saved on this phone"). The edits
   * themselves are in the doc and its copy; y-websocket sends them in the sync after reconnecting. Replaced, not
   * mutated, so React sees each change.
   */
  private queuedCards: ReadonlySet<string> = new Set();
  private presence: GroupPresence | null = null;
  private board: BoardSnapshot | null = null;
  private movedTo: GroupId | null = null;
  private deliveredTimer: ReturnType<typeof setTimeout> | null = null;
  /** This device's undelivered edits, merged; written to the journal with `queuedCards` after each transaction. */
  private pendingUpdate: Uint8Array | null = null;

  constructor(readonly options: BoardConnectionOptions) {
    this.browserOnline = globalThis.navigator?.onLine ?? true;
    // The pseudonym goes to socket.io presence only: on the board connection it would sit next to the Yjs client id
    // that marks every card this tab writes.
    const params: Record<string, string> = { token: options.token };
    this.provider = new WebsocketProvider(
      `${options.origin.ws}/yjs`,
      boardDocName(options.eventId, options.groupId),
      this.doc,
      // Every tab is its own client: a BroadcastChannel shortcut between tabs would hide a dead connection.
      // It connects once the phone's copy is loaded, so its first sync offers the server everything kept here.
      { params, disableBc: true, connect: false },
    );
    this.provider.on('status', this.refreshState);
    this.provider.on('sync', this.onSync);
    this.provider.on('closed', this.onClosedForGood);
    this.doc.on('update', this.onDocUpdate);
    this.doc.on('afterTransaction', this.onTransaction);
    this.copy = new BoardCopy(boardCopyName(options.eventId, options.groupId), this.doc);
    // Edits an earlier page made offline and could not deliver: shown at once, sent by the sync after connecting.
    const pending = readPendingEdits(options.eventId, options.groupId);
    if (pending) {
      this.pendingUpdate = pending.update;
      this.queuedCards = new Set(pending.cards);
      Y.applyUpdate(this.doc, pending.update, RESTORED_EDITS);
    }
    void this.copy.loaded.then(this.onCopyLoaded);

    this.socket = io(options.origin.http, {
      auth: this.handshake(),
      // Where a load balancer reads which node owns the event (several nodes); WebSocket only, so no sticky cookie.
      query: { event: options.eventId },
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
  readonly subscribeQueuedCards = this.queuedListeners.subscribe;

  readonly getState = (): ConnectionState => this.state;
  /** Who is on this board now; null until the server has said. */
  readonly getPresence = (): GroupPresence | null => this.presence;
  /** A plain snapshot of the board, re-read only after the document changed. */
  readonly getBoard = (): BoardSnapshot => {
    this.board ??= readBoard(this.doc);
    return this.board;
  };

  /** Cards with edits the server has not confirmed yet, kept on this phone. */
  readonly getQueuedCards = (): ReadonlySet<string> => this.queuedCards;

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
    this.destroyed = true;
    if (this.deliveredTimer) clearTimeout(this.deliveredTimer);
    globalThis.removeEventListener?.('online', this.onBrowserOnline);
    globalThis.removeEventListener?.('offline', this.onBrowserOffline);
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('afterTransaction', this.onTransaction);
    this.provider.destroy();
    this.copy.destroy();
    this.stopHandshakeRetry();
    this.budgetCut.stop();
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.doc.destroy();
    this.stateListeners.clear();
    this.presenceListeners.clear();
    this.boardListeners.clear();
    this.seatListeners.clear();
    this.queuedListeners.clear();
    this.session.clear();
  }

  /**
   * "Remove this event from this phone": the board is closed here and everything of the event on this phone is
   * deleted (copies, marks, tokens). Edits not yet delivered are lost, which the control says.
   */
  async forgetOnThisPhone(): Promise<void> {
    this.destroy();
    await this.copy.clear();
    await forgetEventOnDevice(this.options.eventId);
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

  /** The copy is in the doc: the first sync now offers the server everything this phone holds. */
  private readonly onCopyLoaded = (): void => {
    if (!this.destroyed) this.provider.connect();
  };

  private readonly onSync = (synced: boolean): void => {
    if (synced) {
      this.everConnected = true;
      this.markDeliveredSoon();
    }
    this.refreshState();
  };

  private markDeliveredSoon(): void {
    if (this.deliveredTimer) clearTimeout(this.deliveredTimer);
    this.deliveredTimer = setTimeout(() => {
      this.deliveredTimer = null;
      if (this.state.kind === 'connected' && this.state.synced) this.setQueuedCards(new Set());
    }, DELIVERED_AFTER_SYNC_MS);
  }

  private setQueuedCards(next: ReadonlySet<string>): void {
    if (next.size === 0) {
      this.pendingUpdate = null;
      clearPendingEdits(this.options.eventId, this.options.groupId);
    } else if (this.pendingUpdate) {
      savePendingEdits(this.options.eventId, this.options.groupId, { update: this.pendingUpdate, cards: [...next] });
    }
    if (next.size === this.queuedCards.size && [...next].every((id) => this.queuedCards.has(id))) return;
    this.queuedCards = next;
    this.queuedListeners.notify();
    this.refreshState();
  }

  private readonly onClosedForGood = (event: { code: number }): void => {
    // Refused for good: edits queued for this board can never be delivered.
    this.setQueuedCards(new Set());
    const reason = closeCodeName(event.code);
    if (EVENT_GONE.has(reason)) void this.copy.clear().then(() => forgetEventOnDevice(this.options.eventId));
    else if (BOARD_GONE.has(reason)) void this.copy.clear();
    this.finalCode = event.code;
    // A pending "rate limited" retry would otherwise reconnect the control socket of a closed board.
    this.stopHandshakeRetry();
    this.budgetCut.stop();
    this.socket.disconnect();
    this.refreshState();
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    // This device's own edits while no server hears them go to the journal until delivered (not the provider's,
    // which are the server's, nor the copy's or the journal's own, which are kept already).
    if (origin !== this.provider && origin !== RESTORED_EDITS && !(origin instanceof IndexeddbPersistence) && this.state.kind !== 'connected') {
      this.pendingUpdate = this.pendingUpdate ? Y.mergeUpdates([this.pendingUpdate, update]) : update;
      // Yjs emits 'update' after 'afterTransaction', where the queued cards were counted: only now does the
      // journal get this very keystroke. Written here, the last letter typed before the tab dies is kept too.
      if (this.queuedCards.size > 0) {
        savePendingEdits(this.options.eventId, this.options.groupId, { update: this.pendingUpdate, cards: [...this.queuedCards] });
      }
    }
    this.board = null;
    this.boardListeners.notify();
  };

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    const ours = transaction.local || transaction.origin === RESTORED_EDITS;
    if (!ours || this.state.kind === 'connected') return;
    // Written after every transaction, even one that touched only cards already queued: the journal must hold
    // the latest text before the tab can die.
    this.setQueuedCards(new Set([...this.queuedCards, ...changedCardIds(transaction, cardsOf(this.doc))]));
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
