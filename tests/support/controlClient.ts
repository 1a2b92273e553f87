import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, CommandReply, ServerToClientEvents } from '@rembuk/shared';

export type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client of the control plane, connected (or rejected) before it resolves. */
export async function openControl(baseUrl: string, auth: Record<string, unknown>): Promise<ControlSocket> {
  const socket: ControlSocket = io(baseUrl, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/** Send a facilitator command and wait for its reply. */
export function sendCommand(socket: ControlSocket, command: Record<string, unknown>): Promise<CommandReply> {
  return new Promise((resolve) => socket.emit('command', command, resolve));
}

export function sendVote(socket: ControlSocket, cardId: string, delta: 1 | -1): Promise<CommandReply> {
  return new Promise((resolve) => socket.emit('vote', { cardId, delta }, resolve));
}

/** Collects the latest payload of an event so tests can wait for a value. */
export function latest<E extends keyof ServerToClientEvents>(socket: ControlSocket, event: E): () => Parameters<ServerToClientEvents[E]>[0] | null {
  let value: Parameters<ServerToClientEvents[E]>[0] | null = null;
  const listener = ((payload: Parameters<ServerToClientEvents[E]>[0]) => {
    value = payload;
  }) as unknown as Parameters<ControlSocket['on']>[1];
  socket.on(event as Parameters<ControlSocket['on']>[0], listener);
  return () => value;
}
