import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { fuzzYjsFrame, REMOTE, type FrameKind } from './fuzzYjsFrames.js';
import type { SeededRandom } from './seededRandom.js';

export interface AttackTally {
  frames: Map<FrameKind, number>;
  /** Close codes the server sent attackers, with how often. */
  closes: Map<number, number>;
  connects: number;
}

export function emptyTally(): AttackTally {
  return { frames: new Map(), closes: new Map(), connects: 0 };
}

/**
 * A hostile participant on one board: it keeps a mirror of the board from what the server sends (answering
 * SyncStep1 like a provider), sends a fuzzed frame every few dozen milliseconds, and reconnects with a short
 * backoff whenever the server closes it, as a hostile client would.
 */
export class YjsAttacker {
  private readonly mirror = new Y.Doc();
  private socket: WebSocket | null = null;
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private sent = 0;

  constructor(
    private readonly url: string,
    private readonly rng: SeededRandom,
    private readonly tally: AttackTally,
    /** Frames this attacker sends in all (then it only listens). */
    private readonly frameBudget: number,
    private readonly meanGapMs: number,
  ) {
    this.mirror.clientID = rng.between(1, 2 ** 31);
  }

  start(): void {
    this.running = true;
    this.open();
    this.schedule();
  }

  get done(): boolean {
    return this.sent >= this.frameBudget;
  }

  /** Stop sending, close the socket and drop the mirror. */
  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.terminate();
    this.socket = null;
    this.mirror.destroy();
  }

  private open(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    this.tally.connects++;
    socket.binaryType = 'nodebuffer';
    socket.on('open', () => socket.send(syncStep1(this.mirror)));
    socket.on('message', (data: Buffer) => this.receive(socket, new Uint8Array(data)));
    socket.on('error', () => {});
    socket.on('close', (code) => {
      this.tally.closes.set(code, (this.tally.closes.get(code) ?? 0) + 1);
      if (this.running && this.socket === socket) {
        this.socket = null;
        setTimeout(() => {
          if (this.running) this.open();
        }, this.rng.between(100, 400)).unref();
      }
    });
  }

  /** Apply the server's sync frames to the mirror and answer its SyncStep1, as a provider would; ignore the rest. */
  private receive(socket: WebSocket, frame: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== 0) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.readSyncMessage(decoder, encoder, this.mirror, REMOTE);
      if (encoding.length(encoder) > 1 && socket.readyState === WebSocket.OPEN) socket.send(encoding.toUint8Array(encoder));
    } catch {
      // What the server relays may hold another attacker's poison; the mirror keeps what it could apply.
    }
  }

  private schedule(): void {
    if (!this.running || this.done) return;
    this.timer = setTimeout(() => {
      this.fire();
      this.schedule();
    }, this.rng.int(2 * this.meanGapMs));
    this.timer.unref();
  }

  private fire(): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    const frame = fuzzYjsFrame(this.rng, this.mirror);
    this.sent++;
    this.tally.frames.set(frame.kind, (this.tally.frames.get(frame.kind) ?? 0) + 1);
    socket.send(frame.bytes);
  }
}

function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}
