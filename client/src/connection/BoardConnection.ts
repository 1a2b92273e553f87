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
  type GroupId,
  type GroupPresence,
  type ServerToClientEvents,
} from '@rembuk/shared';
import { changedCardIds } from './changedCards.js';
import { closedState, sameConnectionState, type ConnectionState } from './connectionState.js';
import { Listeners } from './Listeners.js';
import { retryThrottledHandshake } from './retryThrottledHandshake.js';
import type { ServerOrigin } from './serverOrigin.js';

export interface BoardConnectionOptions {
  origin: ServerOrigin;
  eventId: EventId;
  groupId: GroupId;
  /** The join code (participants) or the organizer key. */
  token: string;
  /** Organizers see the group's presence without being counted in it (the server decides from the token). */
  role: 'participant' | 'organizer';
  pseudonym?: string;
}

type PresenceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One group's board, live: the Y.Doc, its y-websocket provider and the socket.io presence channel. React reads
 * it through `subscribe*`/`get*` pairs (shaped for `useSyncExternalStore`) and writes to `doc` through the
 * shared board helpers only.
 *
 * ```ts
 * const board = new BoardConnection({ origin, eventId, groupId, token: joinCode, role: 'participant' });
 * board.subscribeState(() => console.log(board.getState()));
 * board.destroy();
 * ```
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly socket: PresenceSocket;
  private readonly stopHandshakeRetry: () => void;

  private readonly stateListeners = new Listeners();
  private readonly presenceListeners = new Listeners();
  private readonly boardListeners = new Listeners();

  private state: ConnectionState = { kind: 'connecting' };
  private finalCode: number | null = null;
  private everConnected = false;
  private browserOnline: boolean;
  /** Cards edited while no server could hear; y-websocket sends the edits in the sync after reconnecting. */
  private readonly queuedCards = new Set<string>();
  private presence: GroupPresence | null = null;
  private board: BoardSnapshot | null = null;

  constructor(private readonly options: BoardConnectionOptions) {
    this.browserOnline = globalThis.navigator?.onLine ?? true;
    const params: Record<string, string> = { token: options.token };
    if (options.pseudonym) params.pseudonym = options.pseudonym;
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

    this.socket = io(options.origin.http, {
      auth: this.handshake(),
      transports: ['websocket'],
    });
    this.socket.on('presence', this.onPresence);
    this.socket.on('disconnect', this.onPresenceLost);
    this.stopHandshakeRetry = retryThrottledHandshake(this.socket);

    globalThis.addEventListener?.('online', this.onBrowserOnline);
    globalThis.addEventListener?.('offline', this.onBrowserOffline);
  }

  readonly subscribeState = this.stateListeners.subscribe;
  readonly subscribePresence = this.presenceListeners.subscribe;
  readonly subscribeBoard = this.boardListeners.subscribe;

  readonly getState = (): ConnectionState => this.state;
  /** Who is on this board now; null until the server has said. */
  readonly getPresence = (): GroupPresence | null => this.presence;
  /** A plain snapshot of the board, re-read only after the document changed. */
  readonly getBoard = (): BoardSnapshot => {
    this.board ??= readBoard(this.doc);
    return this.board;
  };

  destroy(): void {
    globalThis.removeEventListener?.('online', this.onBrowserOnline);
    globalThis.removeEventListener?.('offline', this.onBrowserOffline);
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('afterTransaction', this.onTransaction);
    this.provider.destroy();
    this.stopHandshakeRetry();
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.doc.destroy();
    this.stateListeners.clear();
    this.presenceListeners.clear();
    this.boardListeners.clear();
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
    }
    this.refreshState();
  };

  private readonly onClosedForGood = (event: { code: number }): void => {
    this.finalCode = event.code;
    this.socket.disconnect();
    this.refreshState();
  };

  private readonly onDocUpdate = (): void => {
    this.board = null;
    this.boardListeners.notify();
  };

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (!transaction.local || this.state.kind === 'connected') return;
    const before = this.queuedCards.size;
    for (const id of changedCardIds(transaction, cardsOf(this.doc))) this.queuedCards.add(id);
    if (this.queuedCards.size !== before) this.refreshState();
  };

  private readonly onPresence = (presence: GroupPresence): void => {
    if (presence.groupId !== this.options.groupId) return;
    this.presence = presence;
    this.presenceListeners.notify();
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
