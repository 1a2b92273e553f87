import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { boardDocName, readBoard, type BoardSnapshot, type EventId, type GroupId } from '@rembuk/shared';
import { Listeners } from './Listeners.js';
import type { ServerOrigin } from './serverOrigin.js';

/**
 * A board watched, never written: the projector's view of one group. It never edits its Y.Doc, so it has
 * nothing to send; the server would refuse writes from a projector key anyway.
 */
export class ReadOnlyBoard {
  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly listeners = new Listeners();
  private board: BoardSnapshot | null = null;
  private closedCode: number | null = null;

  constructor(origin: ServerOrigin, eventId: EventId, groupId: GroupId, token: string) {
    this.provider = new WebsocketProvider(`${origin.ws}/yjs`, boardDocName(eventId, groupId), this.doc, {
      params: { token },
      disableBc: true,
    });
    this.provider.on('closed', (event: { code: number }) => {
      this.closedCode = event.code;
      this.listeners.notify();
    });
    this.doc.on('update', this.onUpdate);
  }

  readonly subscribe = this.listeners.subscribe;
  readonly getBoard = (): BoardSnapshot => {
    this.board ??= readBoard(this.doc);
    return this.board;
  };
  /** The final close code (a revoked key, say), or null while the board is live or reconnecting. */
  readonly getClosedCode = (): number | null => this.closedCode;

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.provider.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private readonly onUpdate = (): void => {
    this.board = null;
    this.listeners.notify();
  };
}
