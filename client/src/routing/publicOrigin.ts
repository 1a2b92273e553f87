import type { ServerAddress } from '@rembuk/shared';

/**
 * The origin every printed, projected or copied link is made of. A link must work on a participant's phone, so
 * it is the server's public address rather than the one this browser used (a laptop's `localhost`):
 * `REMBUK_PUBLIC_URL` when set; else this page's own origin if it is one of the server's LAN addresses (on a
 * laptop with several, the one the organizer reached is the one on the venue's network); else the first LAN
 * address; and only when the server knows none (or could not be asked), the page's own.
 */
export function publicOrigin(server: ServerAddress | null, pageOrigin: string): string {
  if (server === null) return pageOrigin;
  if (server.publicUrlConfigured && server.publicUrl !== null) return server.publicUrl;
  if (server.lanUrls.includes(pageOrigin)) return pageOrigin;
  return server.publicUrl ?? pageOrigin;
}
