/** The closed set of error reasons a REST reply (`{ error: { reason, message } }`) or socket.io `failure` carries. */
export const ERROR_REASONS = [
  'invalid_body',
  'invalid_query',
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'payload_too_large',
  'internal',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];

/** The body of every REST error reply; its schema is `ErrorBody` in api/errorBody.ts (kept apart: phones load this file). */
export type { ErrorBody } from './api/errorBody.js';

/** The closed set of messages a refused socket.io handshake's `connect_error` carries. */
export const HANDSHAKE_ERRORS = ['invalid_handshake', 'unauthorized', 'forbidden', 'notFound', 'rate_limited', 'internal', 'event_elsewhere'] as const;
export type HandshakeError = (typeof HANDSHAKE_ERRORS)[number];
