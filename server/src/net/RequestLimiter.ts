import type { IncomingMessage } from 'node:http';
import { createHash } from 'node:crypto';
import type { KeyedRateLimiter } from '../util/TokenBucket.js';
import { clientAddress } from './clientAddress.js';
import type { SharedLimiter } from './SharedLimiter.js';
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
    /** Several nodes: the same budget counted across all of them (see docs/operations.md, rate limits). */
    private readonly shared: SharedLimiter | null = null,
  ) {}

  /** This node's budget only: for upgrades and handshakes, which the balancer sends to the event's node. */
  take(request: IncomingMessage): boolean {
    return this.limiter.take(clientAddress(request, this.trusted));
  }

  /**
   * This node's budget, then the one shared by every node (when there is one). The local check comes first so a
   * flood costs the database nothing; the shared key is a hash, so no address is written to the database.
   */
  async takeEverywhere(request: IncomingMessage): Promise<boolean> {
    const address = clientAddress(request, this.trusted);
    if (!this.limiter.take(address)) return false;
    if (!this.shared) return true;
    return this.shared.take(createHash('sha256').update(address).digest('base64url').slice(0, 32));
  }
}
