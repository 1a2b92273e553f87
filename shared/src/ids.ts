/**
 * Branded ids: a plain string at run time, a distinct type at compile time, so an event id can never be
 * passed where a group id is expected.
 */
export type EventId = string & { readonly __brand: 'EventId' };
export type GroupId = string & { readonly __brand: 'GroupId' };
export type CardId = string & { readonly __brand: 'CardId' };
/** The short code participants type or scan to join an event, e.g. `K7QM-3XPD`. */
export type JoinCode = string & { readonly __brand: 'JoinCode' };

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** What a well-formed id of each kind looks like: every schema, route and parser checks ids against these. */
export const ID_PATTERNS = {
  event: /^[a-z0-9]{8,32}$/,
  group: /^[a-z0-9]{4,32}$/,
  card: /^[a-z0-9]{8,32}$/,
  device: /^[a-z0-9]{16,40}$/,
} as const;

/**
 * A random id from `crypto.getRandomValues`, which (unlike `crypto.randomUUID`) also exists on plain-http
 * pages: phones reach the server over hotel wifi by IP address, which is not a secure context.
 */
export function randomId(length = 16): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}

export function newCardId(): CardId {
  return randomId(16) as CardId;
}

/** The Yjs document name of one group's board. */
export function boardDocName(eventId: EventId, groupId: GroupId): string {
  return `${eventId}.${groupId}`;
}

export function parseBoardDocName(name: string): { eventId: EventId; groupId: GroupId } | null {
  const [eventId, groupId, extra] = name.split('.');
  if (extra !== undefined || !eventId || !groupId || !ID_PATTERNS.event.test(eventId) || !ID_PATTERNS.group.test(groupId)) return null;
  return { eventId: eventId as EventId, groupId: groupId as GroupId };
}
