import { formatJoinCode, normalizeJoinCode, type GroupId } from '@rembuk/shared';
import { paths } from './routes.js';

/**
 * The addresses printed on tents and projected on the join screen. `origin` is where phones reach the server
 * (publicOrigin: REMBUK_PUBLIC_URL or a LAN address, not the laptop's localhost), passed in so these stay pure.
 */

/** `K7QM-3XPD` however it was written in a link (`k7qm3xpd`, `K7QM 3XPD`). */
export function displayJoinCode(joinCode: string): string {
  return formatJoinCode(normalizeJoinCode(joinCode));
}

/** The event's join page, or one group's: what a QR code encodes. */
export function joinUrl(origin: string, joinCode: string, groupId?: GroupId): string {
  const code = displayJoinCode(joinCode);
  return `${origin}${groupId ? paths.joinGroup(code, groupId) : paths.join(code)}`;
}

/**
 * The address as someone types it: without `http://` or `https://`, which a phone's browser adds by itself, and
 * without a trailing slash.
 */
export function typedUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
