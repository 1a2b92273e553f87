import { WebSocket } from 'ws';
import { countClose, emptyStats, type Attacker } from './Attacker.js';

export interface ChurnTarget {
  /** The Yjs URL of the attacker's board, with its ticket. */
  yjsUrl: string;
  /** The server's http origin and the socket.io auth of the same ticket. */
  baseUrl: string;
  auth: Record<string, unknown>;
}

/**
 * (g) Connection churn from one address: `lanes` loops, each opening a connection (Yjs and socket.io in turn),
 * waiting until the server has done the expensive part (authenticated it and sent its first message), closing it
 * and opening the next at once. The bench raises the per-address connect limit for its own clients, so here it
 * measures what authenticating and loading cost the server, not the limiter.
 */
export function connectionChurn(target: ChurnTarget, lanes: number): Attacker {
  const stats = emptyStats();
  let running = false;
  const sockets = new Set<WebSocket>();
  const cycle = (lane: number, n: number): void => {
    if (!running) return;
    const socketIo = n % 2 === 1;
    const url = socketIo ? `${target.baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket` : target.yjsUrl;
    const socket = new WebSocket(url);
    sockets.add(socket);
    stats.connects++;
    socket.on('open', () => {
      if (socketIo) send(socket, `40${JSON.stringify(target.auth)}`);
    });
    socket.on('message', (data: Buffer) => {
      stats.received++;
      stats.bytesReceived += data.length;
      // socket.io: the namespace connect answer ("40…") after the engine.io open ("0…"); Yjs: the first frame.
      if (!socketIo || data.toString('utf8').startsWith('40')) socket.close();
    });
    socket.on('unexpected-response', (_request, response) => {
      countClose(stats, `http ${response.statusCode}`);
      socket.terminate();
    });
    socket.on('error', () => {});
    socket.on('close', (code) => {
      sockets.delete(socket);
      if (code !== 1000 && code !== 1005) countClose(stats, code);
      setImmediate(() => cycle(lane, n + 1));
    });
  };
  const send = (socket: WebSocket, text: string): void => {
    socket.send(text);
    stats.sent++;
    stats.bytesSent += text.length;
  };
  return {
    kind: 'connectionChurn',
    stats,
    start() {
      running = true;
      for (let lane = 0; lane < lanes; lane++) cycle(lane, lane);
    },
    stop() {
      running = false;
      for (const socket of sockets) socket.terminate();
      sockets.clear();
    },
  };
}
