import type { AttackerStats } from './Attacker.js';
import { countClose } from './Attacker.js';
import { ReconnectingSocket } from './ReconnectingSocket.js';

/**
 * The smallest socket.io 4 client a hostile participant could write from api.md: engine.io over one WebSocket,
 * the namespace connect with its `auth`, pings answered, events emitted with an acknowledgement id. No socket.io
 * client library, so it sends as fast as it is told to, with nothing queued or retried on its behalf.
 */
export class RawSocketIo {
  private readonly socket: ReconnectingSocket;
  private connected = false;
  private nextAckId = 0;
  private readonly waiting = new Map<number, (reply: string) => void>();

  constructor(
    baseUrl: string,
    private readonly auth: Record<string, unknown>,
    private readonly stats: AttackerStats,
    private readonly onConnect: () => void = () => {},
  ) {
    const url = `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
    this.socket = new ReconnectingSocket(url, stats, () => this.opened(), (data) => this.receive(data.toString('utf8')));
  }

  start(): void {
    this.socket.start();
  }

  stop(): void {
    this.socket.stop();
  }

  get isConnected(): boolean {
    return this.connected && this.socket.isOpen;
  }

  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  /** `socket.emit(event, payload, ack)`: the reply counts as an ack in the stats. */
  emit(event: string, payload: unknown): boolean {
    if (!this.isConnected) return false;
    return this.socket.send(`42${this.nextAckId++}${JSON.stringify([event, payload])}`);
  }

  /** Emit and wait for the acknowledgement: its payload as JSON text. */
  request(event: string, payload: unknown): Promise<string> {
    const id = this.nextAckId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, resolve);
      if (!this.isConnected || !this.socket.send(`42${id}${JSON.stringify([event, payload])}`)) reject(new Error('socket.io not connected'));
    });
  }

  private opened(): void {
    this.connected = false;
  }

  private receive(packet: string): void {
    if (packet.startsWith('0')) {
      this.socket.send(`40${JSON.stringify(this.auth)}`); // engine.io open: connect to the main namespace
    } else if (packet === '2') {
      this.socket.send('3'); // ping → pong, or the server drops us
    } else if (packet.startsWith('40')) {
      this.connected = true;
      this.onConnect();
    } else if (packet.startsWith('43')) {
      this.stats.acks++;
      const match = /^43(\d+)(.*)$/s.exec(packet);
      const id = Number(match?.[1]);
      this.waiting.get(id)?.(match?.[2] ?? '');
      this.waiting.delete(id);
    } else if (packet.startsWith('44')) {
      countClose(this.stats, 'connect_error');
    } else if (packet.startsWith('41') || packet === '1') {
      this.connected = false;
    }
  }
}
