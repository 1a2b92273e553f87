import type { Socket } from 'socket.io-client';
import { HANDSHAKE_ERRORS, type HandshakeError } from '@rembuk/shared';

/**
 * Refusals that say "not now" rather than "never": a QR-code burst of joins, a passing server error, or (several
 * nodes) the event moving to another node.
 */
const RETRYABLE: ReadonlySet<HandshakeError> = new Set<HandshakeError>(['rate_limited', 'internal', 'event_elsewhere']);
/**
 * A handshake refusal after which asking again with the same credential cannot help (unknown key, wrong event,
 * malformed handshake). Transport failures ("websocket error", "timeout") and retryable refusals are not final.
 */
export function isFinalRefusal(message: string): boolean {
  const refusal = HANDSHAKE_ERRORS.find((candidate) => candidate === message);
  return refusal !== undefined && !RETRYABLE.has(refusal);
}

/** First wait before asking again; doubled per refusal up to the maximum, with jitter so phones spread out. */
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 15_000;

/**
 * socket.io never reconnects by itself after the server's middleware refused the handshake. For the retryable
 * refusals, try again later; returns a function that stops any pending retry.
 */
export function retryThrottledHandshake(socket: Socket): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refusals = 0;
  socket.on('connect', () => {
    refusals = 0;
  });
  socket.on('connect_error', (error) => {
    // An active socket is already retrying a transport failure on its own.
    if (socket.active || !RETRYABLE.has(error.message as HandshakeError)) return;
    const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** refusals++);
    timer = setTimeout(() => socket.connect(), backoff / 2 + Math.random() * (backoff / 2));
  });
  return () => clearTimeout(timer);
}
