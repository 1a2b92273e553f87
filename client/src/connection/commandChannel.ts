import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, CommandReply, FacilitatorCommand, ServerToClientEvents } from '@rembuk/shared';

/** How long a command or vote waits for the server's acknowledgement before it counts as lost. */
export const COMMAND_TIMEOUT_MS = 8_000;

/** The server's reply, or `no_reply` when the socket was down or the acknowledgement never came. */
export type CommandOutcome = CommandReply | { ok: false; reason: 'no_reply'; message: string };

type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Send a facilitator command and resolve with the acknowledgement (never rejects). */
export function sendCommand(socket: ControlSocket, command: FacilitatorCommand): Promise<CommandOutcome> {
  return emitWithAck(socket, 'command', command);
}

/** A participant's dot: +1 adds one to the card, -1 takes one back. */
export function sendVote(socket: ControlSocket, cardId: string, delta: 1 | -1): Promise<CommandOutcome> {
  return emitWithAck(socket, 'vote', { cardId, delta });
}

function emitWithAck(socket: ControlSocket, event: 'command' | 'vote', payload: unknown): Promise<CommandOutcome> {
  // socket.io buffers emits while disconnected and would deliver a stale command minutes later: refuse instead.
  if (!socket.connected) return Promise.resolve(noReply('not connected'));
  return new Promise((resolve) => {
    socket.timeout(COMMAND_TIMEOUT_MS).emit(event, payload, (error: Error | null, reply: CommandReply) => {
      resolve(error ? noReply(error.message) : reply);
    });
  });
}

function noReply(message: string): CommandOutcome {
  return { ok: false, reason: 'no_reply', message };
}
