import { WebSocket } from 'ws';

export interface RawSocket {
  socket: WebSocket;
  /** Resolves with the close code the server sent. */
  closed: Promise<number>;
  /** Resolves once the server has sent its first frame (its sync step 1): the board is loaded. */
  ready: Promise<void>;
  messages: Uint8Array[];
}

/** A bare WebSocket to the Yjs endpoint, for sending frames no well-behaved provider would. */
export function openRawSocket(yjsUrl: string, docName: string, token: string | null): RawSocket {
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(`${yjsUrl}/${docName}${query}`);
  const messages: Uint8Array[] = [];
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const ready = new Promise<void>((resolve) => {
    socket.on('message', (data: Buffer) => {
      messages.push(new Uint8Array(data));
      resolve();
    });
  });
  socket.on('error', () => {});
  return { socket, closed, ready, messages };
}
