import type { IncomingMessage } from 'node:http';
import { normalizeAddress, type TrustedProxies } from './TrustedProxies.js';

/**
 * The address rate limits are keyed on: the one rule for REST, socket.io handshakes and Yjs upgrades.
 *
 * `X-Forwarded-For` counts only when the TCP peer is a proxy the operator trusts (`REMBUK_TRUST_PROXY`; with
 * none, never). Each trusted proxy appends the address it received from, so the header is read from the right,
 * past every trusted hop, and the first address that is not trusted is the client; entries left of it are
 * whatever the client chose to send. An entry that is no address stops the walk at the last hop vouched for
 * (a real proxy never appends one), and so does a header whose every entry is trusted.
 */
export function clientAddress(request: IncomingMessage, trusted: TrustedProxies | null = null): string {
  const peer = normalizeAddress(request.socket.remoteAddress ?? '') ?? 'unknown';
  if (!trusted?.trusts(peer)) return peer;
  let client = peer;
  const hops = forwardedFor(request.headers['x-forwarded-for']);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = normalizeAddress(hops[index] ?? '');
    if (hop === null) return client;
    client = hop;
    if (!trusted.trusts(hop)) return hop;
  }
  return client;
}

function forwardedFor(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  return (Array.isArray(header) ? header.join(',') : header).split(',');
}
