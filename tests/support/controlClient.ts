import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, CommandReply, ServerToClientEvents } from '@rembuk/shared';

export type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The latest payload of every server event per socket, recorded from before the socket connects. */
const recorded = new WeakMap<ControlSocket, Map<string, unknown>>();

/**
 * A socket.io client of the control plane, connected (or rejected) before it resolves. It records events from the
 * start: the server sends the session and votes right after the handshake, before a test could attach listeners.
 */
export async function openControl(baseUrl: string, auth: Record<string, unknown>): Promise<ControlSocket> {
  const socket: ControlSocket = io(baseUrl, { auth, transports: ['websocket'], reconnection: false, forceNew: true, autoConnect: false });
  const latestByEvent = new Map<string, unknown>();
  recorded.set(socket, latestByEvent);
  socket.onAny((event: string, payload: unknown) => latestByEvent.set(event, payload));
  socket.connect();
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/** Send a facilitator command and wait for its reply. */
export function sendCommand(socket: ControlSocket, command: unknown): Promise<CommandReply> {
  return new Promise((resolve) => socket.emit('command', command, resolve));
}

/** A command that must succeed: a refusal fails the test at once, with the server's reason. */
export async function commandOk(socket: ControlSocket, command: unknown): Promise<void> {
  const reply = await sendCommand(socket, command);
  if (!reply.ok) throw new Error(`${JSON.stringify(command)} refused: ${JSON.stringify(reply)}`);
}

export function sendVote(socket: ControlSocket, cardId: string, delta: 1 | -1): Promise<CommandReply> {
  return new Promise((resolve) => socket.emit('vote', { cardId, delta }, resolve));
}

/** A vote that must be counted. */
export async function voteOk(socket: ControlSocket, cardId: string, delta: 1 | -1): Promise<void> {
  const reply = await sendVote(socket, cardId, delta);
  if (!reply.ok) throw new Error(`vote ${delta} on ${cardId} refused: ${JSON.stringify(reply)}`);
}

/** A reader of the latest payload of one server event on a socket opened with `openControl`. */
export function latest<E extends keyof ServerToClientEvents>(socket: ControlSocket, event: E): () => Parameters<ServerToClientEvents[E]>[0] | null {
  return () => (recorded.get(socket)?.get(event) as Parameters<ServerToClientEvents[E]>[0] | undefined) ?? null;
}
