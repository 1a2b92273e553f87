import { describe, expect, it } from 'vitest';
import { isFinalRefusal } from './retryThrottledHandshake.js';

describe('isFinalRefusal', () => {
  it('gives up on a credential the server will never accept', () => {
    for (const refusal of ['unauthorized', 'forbidden', 'notFound', 'invalid_handshake']) expect(isFinalRefusal(refusal)).toBe(true);
  });

  it('keeps trying through throttling, server errors and a network that drops', () => {
    // The last two are what socket.io reports while the wifi is gone: a projector must not call that "revoked".
    for (const passing of ['rate_limited', 'internal', 'websocket error', 'timeout']) expect(isFinalRefusal(passing)).toBe(false);
  });
});
