import type { IncomingMessage } from 'node:http';
import type { KeyedRateLimiter } from '../util/TokenBucket.js';
import { clientAddress } from './clientAddress.js';
import type { TrustedProxies } from './TrustedProxies.js';

/**
 * A per-address budget for requests and handshakes, keyed by `clientAddress` with the proxies the operator
 * trusts. Two of them may share one `KeyedRateLimiter` (socket.io handshakes and Yjs upgrades do).
 *
 * ```ts
 * const lookups = new RequestLimiter(new KeyedRateLimiter(20, 200), TrustedProxies.parse('loopback'));
 * if (!lookups.take(req)) refuse();
 * ```
 */
export class RequestLimiter {
  constructor(
    private readonly limiter: KeyedRateLimiter,
    private readonly trusted: TrustedProxies | null,
  ) {}

  take(request: IncomingMessage): boolean {
    return this.limiter.take(clientAddress(request, this.trusted));
  }
}
