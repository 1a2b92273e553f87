import { io, type Socket } from 'socket.io-client';
import { WebSocket } from 'ws';
import { fuzzControlEmit, fuzzEnginePacket, type ControlTargets } from './fuzzControlEvents.js';
import type { SeededRandom } from './seededRandom.js';

export interface ControlTally {
  emits: number;
  acks: number;
  enginePackets: number;
  connects: number;
}

export function emptyControlTally(): ControlTally {
  return { emits: 0, acks: 0, enginePackets: 0, connects: 0 };
}

/**
 * A hostile participant on the control plane: a socket.io client with its ticket that emits fuzzed votes,
 * commands and unknown events, or (`raw`) a bare WebSocket speaking engine.io that sends mutated packets. Both
 * reconnect when the server drops them.
 */
export class ControlAttacker {
  private socket: Socket | null = null;
  private raw: WebSocket | null = null;
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private sent = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly auth: Record<string, unknown>,
    private readonly targets: ControlTargets,
    private readonly rng: SeededRandom,
    private readonly tally: ControlTally,
    private readonly emitBudget: number,
    private readonly meanGapMs: number,
    private readonly mode: 'socket.io' | 'raw',
  ) {}

  start(): void {
    this.running = true;
    this.open();
    this.schedule();
  }

  get done(): boolean {
    return this.sent >= this.emitBudget;
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.disconnect();
    this.socket = null;
    this.raw?.terminate();
    this.raw = null;
  }

  private open(): void {
    this.tally.connects++;
    if (this.mode === 'socket.io') {
      // socket.io's own reconnection (with its backoff) is the realistic client; it also retries refused handshakes.
      const socket: Socket = io(this.baseUrl, {
        auth: this.auth,
        transports: ['websocket'],
        forceNew: true,
        reconnectionDelay: 100,
        reconnectionDelayMax: 500,
      });
      this.socket = socket;
      return;
    }
    const raw = new WebSocket(`${this.baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
    this.raw = raw;
    raw.on('open', () => raw.send(`40${JSON.stringify(this.auth)}`));
    raw.on('message', (data: Buffer) => {
      if (data.toString() === '2') raw.send('3'); // engine.io ping → pong, so the server keeps us
    });
    raw.on('error', () => {});
    raw.on('close', () => {
      if (this.running && this.raw === raw) {
        this.raw = null;
        setTimeout(() => {
          if (this.running) this.open();
        }, this.rng.between(100, 400)).unref();
      }
    });
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
    if (this.mode === 'raw') {
      if (this.raw?.readyState !== WebSocket.OPEN) return;
      this.sent++;
      this.tally.enginePackets++;
      this.raw.send(fuzzEnginePacket(this.rng, this.targets));
      return;
    }
    if (!this.socket?.connected) return;
    const emit = fuzzControlEmit(this.rng, this.targets);
    this.sent++;
    this.tally.emits++;
    const args = emit.withAck ? [...emit.args, () => this.tally.acks++] : emit.args;
    try {
      this.socket.emit(emit.event, ...args);
    } catch {
      // socket.io-client refuses reserved names (`connect`, `disconnect`) locally; nothing reached the server.
    }
  }
}
