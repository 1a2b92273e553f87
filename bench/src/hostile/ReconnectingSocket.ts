import { WebSocket, type RawData } from 'ws';
import { Backoff, countClose, type AttackerStats } from './Attacker.js';

/**
 * A WebSocket that reopens itself (with `Backoff`) whenever the server closes it or refuses the upgrade, counting
 * what goes over it into the attacker's stats. `onOpen` runs on every (re)connect: the attack starts over there.
 */
export class ReconnectingSocket {
  private socket: WebSocket | null = null;
  private running = false;
  private readonly backoff = new Backoff();

  constructor(
    private readonly url: string,
    private readonly stats: AttackerStats,
    private readonly onOpen: (socket: ReconnectingSocket) => void = () => {},
    private readonly onMessage: (data: Buffer) => void = () => {},
  ) {}

  start(): void {
    this.running = true;
    this.open();
  }

  stop(): void {
    this.running = false;
    this.socket?.terminate();
    this.socket = null;
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Bytes queued in this process, not yet on the wire: a flood waits when it grows. */
  get bufferedAmount(): number {
    return this.socket?.bufferedAmount ?? 0;
  }

  /** Send when open; false (and nothing sent) otherwise. */
  send(data: Uint8Array | string): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(data);
    this.stats.sent++;
    this.stats.bytesSent += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    return true;
  }

  private open(): void {
    const socket = new WebSocket(this.url, { maxPayload: 256 * 1024 * 1024 });
    this.socket = socket;
    this.stats.connects++;
    socket.on('open', () => {
      this.backoff.opened();
      this.onOpen(this);
    });
    let refused = false;
    socket.on('message', (data: RawData) => {
      // binaryType is the default 'nodebuffer': every message is one Buffer.
      const buffer = data as Buffer;
      this.stats.received++;
      this.stats.bytesReceived += buffer.length;
      this.onMessage(buffer);
    });
    socket.on('unexpected-response', (_request, response) => {
      refused = true;
      countClose(this.stats, `http ${response.statusCode}`);
      socket.terminate();
    });
    socket.on('error', () => {});
    socket.on('close', (code) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (!refused) countClose(this.stats, code);
      if (!this.running) return;
      setTimeout(() => {
        if (this.running) this.open();
      }, this.backoff.next()).unref();
    });
  }
}
