import type { IncomingMessage } from 'node:http';

/**
 * The address rate limits are keyed on. Behind a reverse proxy on the same machine every request comes from
 * loopback, so there (and only there) X-Forwarded-For is read, and only its last entry: the one the proxy
 * appended. Earlier entries are whatever the client chose to send.
 */
export function clientAddress(request: IncomingMessage): string {
  const remote = request.socket.remoteAddress ?? 'unknown';
  if (!isLoopback(remote)) return remote;
  const forwarded = request.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const last = header?.split(',').pop()?.trim();
  return last || remote;
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
