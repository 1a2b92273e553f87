import type { IncomingMessage } from 'node:http';

/**
 * The address rate limits are keyed on. Behind a reverse proxy on the same machine every request comes from
 * loopback, so there (and only there) the proxy's X-Forwarded-For is trusted, as Express's `trust proxy` is.
 */
export function clientAddress(request: IncomingMessage): string {
  const remote = request.socket.remoteAddress ?? 'unknown';
  if (!isLoopback(remote)) return remote;
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || remote;
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
