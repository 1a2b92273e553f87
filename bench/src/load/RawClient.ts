import * as decoding from 'lib0/decoding';
import { WebSocket, type RawData } from 'ws';
import * as Y from 'yjs';
import { addCard, cardText, editCardText, getCard, type CardId } from '@rembuk/shared';
import { editKey, markerText, nowMicros, scanMarkers, senderOf } from './editMarker.js';
import {
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  isOnlyOwnAwareness,
  ownAwarenessFrame,
  syncStep1Frame,
  syncStep2Frame,
  updateFrame,
} from './wire.js';
import type { ClientSpec, ConnectResult, LoadSettings, TrafficCounters } from './workerProtocol.js';

export interface RawClientHooks {
  counters: TrafficCounters;
  onEditSent(key: number, sentMicros: number): void;
  onReceipt(key: number, sentMicros: number, receivedMicros: number): void;
  onError(index: number, kind: 'closed' | 'error', detail: string): void;
}

/** Keep a card's text short: trim the oldest part once it passes this (the server caps text at 2000). */
const TRIM_TEXT_AT = 1200;

/**
 * A simulated participant that speaks exactly what a y-websocket 3.1 provider sends (SyncStep1 on open, its
 * awareness state, SyncStep2 replies, its own edits as real Yjs updates made with the shared board helpers, and
 * the provider's echo of every remote awareness change) but never applies remote updates: it only scans them for
 * edit markers. That halves the generator's cost per client, so the server's limit shows before the generator's.
 */
export class RawClient {
  private readonly doc = new Y.Doc();
  private socket: WebSocket | null = null;
  private cardId: CardId | null = null;
  private seq = 0;
  private awarenessClock = 0;
  private lastAwarenessAt = 0;
  private synced = false;
  private closing = false;
  private timers: NodeJS.Timeout[] = [];
  private editing = false;

  constructor(
    readonly spec: ClientSpec,
    private readonly settings: LoadSettings,
    private readonly hooks: RawClientHooks,
  ) {
    this.doc.on('update', (update: Uint8Array) => this.send(updateFrame(update), 'update'));
  }

  get isOpen(): boolean {
    return this.socket !== null && this.socket.readyState === WebSocket.OPEN && !this.closing;
  }

  /** Open the socket and resolve once SyncStep2 arrived (or the attempt failed). Never rejects. */
  connect(): Promise<ConnectResult> {
    const startedAt = nowMicros();
    return new Promise((resolve) => {
      let settled = false;
      const settle = (ok: boolean, error: string | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timeout);
        resolve({ index: this.spec.index, ok, syncedMicros: nowMicros() - startedAt, error });
      };
      const timeout = setTimeout(() => {
        settle(false, 'connect timeout');
        this.close();
      }, this.settings.connectTimeoutMs);
      const socket = new WebSocket(this.spec.url, { perMessageDeflate: false });
      this.socket = socket;
      socket.on('open', () => {
        this.send(syncStep1Frame(this.doc), 'other');
        this.sendAwareness();
      });
      socket.on('message', (data: RawData, isBinary: boolean) => {
        if (!isBinary || !Buffer.isBuffer(data)) return;
        const wasSynced = this.synced;
        this.receive(data);
        if (!wasSynced && this.synced) settle(true, null);
      });
      socket.on('error', (error: Error) => {
        if (!settled) settle(false, error.message);
        else if (!this.closing) this.hooks.onError(this.spec.index, 'error', error.message);
      });
      socket.on('close', (code: number, reason: Buffer) => {
        const detail = `${code} ${reason.toString()}`.trim();
        if (!settled) settle(false, `closed ${detail}`);
        else if (!this.closing) this.hooks.onError(this.spec.index, 'closed', detail);
        this.stopTimers();
      });
    });
  }

  /** Edit the own card every `editIntervalMs`, starting at a random phase so edits spread evenly over time. */
  startEditing(): void {
    if (this.editing || !this.spec.edits || !this.isOpen) return;
    this.editing = true;
    const interval = this.settings.editIntervalMs;
    const first = setTimeout(() => {
      this.edit();
      this.timers.push(setInterval(() => this.edit(), interval));
    }, Math.random() * interval);
    this.timers.push(first);
  }

  close(): void {
    this.closing = true;
    this.stopTimers();
    if (this.socket && this.socket.readyState !== WebSocket.CLOSED) this.socket.close(1000);
  }

  private receive(frame: Buffer): void {
    const counters = this.hooks.counters;
    counters.framesIn++;
    counters.bytesIn += frame.length;
    const type = frame[0];
    if (type === MESSAGE_SYNC) {
      const subtype = frame[1];
      if (subtype === SYNC_UPDATE) {
        counters.updateFramesIn++;
        counters.updateBytesIn += frame.length;
        const receivedAt = nowMicros();
        // The reference server echoes every update to its author too (Rembuk does not): an author's own echo is not
        // a delivery, and counting it would let an edit that missed a group member pass as delivered.
        scanMarkers(frame, (key, sentMicros) => {
          if (senderOf(key) !== this.spec.index) this.hooks.onReceipt(key, sentMicros, receivedAt);
        });
      } else if (subtype === SYNC_STEP_1) {
        const decoder = decoding.createDecoder(frame.subarray(2));
        this.send(syncStep2Frame(this.doc, decoding.readVarUint8Array(decoder)), 'other');
      } else if (subtype === SYNC_STEP_2 && !this.synced) {
        this.synced = true;
        this.onSynced();
      }
    } else if (type === MESSAGE_AWARENESS) {
      counters.awarenessFramesIn++;
      counters.awarenessBytesIn += frame.length;
      // A provider re-broadcasts every remote awareness change it applies; only its own echo comes back silent.
      if (!isOnlyOwnAwareness(frame, this.doc.clientID)) this.send(frame, 'awareness');
    }
  }

  private onSynced(): void {
    if (!this.spec.edits) {
      this.timers.push(setInterval(() => this.renewAwareness(), this.settings.awarenessRenewMs / 5));
      return;
    }
    // The board is not applied locally: positions of this card may tie with others', which the schema allows.
    this.cardId = addCard(this.doc, { kind: 'challenge', text: '' });
    this.timers.push(setInterval(() => this.renewAwareness(), this.settings.awarenessRenewMs / 5));
  }

  private edit(): void {
    if (!this.isOpen || this.cardId === null) return;
    const card = getCard(this.doc, this.cardId);
    const text = card ? cardText(card) : undefined;
    if (!text) return;
    const key = editKey(this.spec.index, this.seq++);
    const sentMicros = nowMicros();
    const marker = markerText(key, sentMicros);
    const cardId = this.cardId;
    this.doc.transact(() => {
      if (text.length > TRIM_TEXT_AT) editCardText(this.doc, cardId, 0, text.length - TRIM_TEXT_AT / 2, '');
      editCardText(this.doc, cardId, text.length, 0, marker);
    });
    this.hooks.counters.editsSent++;
    this.hooks.onEditSent(key, sentMicros);
    // The cursor moves with the typing: one awareness update per edit, as an editor's provider sends.
    this.sendAwareness({ card: cardId, index: text.length });
  }

  private renewAwareness(): void {
    if (this.isOpen && Date.now() - this.lastAwarenessAt >= this.settings.awarenessRenewMs) this.sendAwareness();
  }

  private sendAwareness(cursor: { card: string; index: number } | null = null): void {
    this.awarenessClock++;
    this.lastAwarenessAt = Date.now();
    const state = { user: { name: `b${this.spec.index}` }, cursor };
    this.send(ownAwarenessFrame(this.doc.clientID, this.awarenessClock, state), 'awareness');
  }

  private send(frame: Uint8Array, kind: 'update' | 'awareness' | 'other'): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    const counters = this.hooks.counters;
    counters.framesOut++;
    counters.bytesOut += frame.length;
    if (kind === 'update') {
      counters.updateFramesOut++;
      counters.updateBytesOut += frame.length;
    }
    if (kind === 'awareness') {
      counters.awarenessFramesOut++;
      counters.awarenessBytesOut += frame.length;
    }
    socket.send(frame);
  }

  private stopTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    this.editing = false;
  }
}
