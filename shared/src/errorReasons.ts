/** The closed set of error reasons any REST or socket.io reply may carry, as `{ error: { reason, message } }`. */
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

export interface ErrorBody {
  error: { reason: ErrorReason; message: string; issues?: string[] };
}
