import { LINK_ROLES, type EventId, type LinkRole } from '@rembuk/shared';
import { readStored, removeStored, writeStored } from './deviceStorage.js';

/** A link created in this browser: its secret exists nowhere else (the server keeps only a hash). */
export interface FreshLink {
  keyId: string;
  role: LinkRole;
  label: string;
  url: string;
}

const freshLinksName = (eventId: EventId) => `rembuk.freshLinks.${eventId}`;

/**
 * Kept on this device until the organizer dismisses each one: creating a projector link must not take away the
 * facilitator link made a minute before, whose secret could never be shown again. It sits beside the organizer
 * key, which this device already keeps and which can make new links anyway, and is forgotten with it
 * (`forgetKeys`: after the session, or when the event leaves this device).
 */
export function storedFreshLinks(eventId: EventId): FreshLink[] {
  try {
    const parsed: unknown = JSON.parse(readStored('local', freshLinksName(eventId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isFreshLink) : [];
  } catch {
    return [];
  }
}

export function storeFreshLinks(eventId: EventId, links: readonly FreshLink[]): void {
  if (links.length === 0) removeStored('local', freshLinksName(eventId));
  else writeStored('local', freshLinksName(eventId), JSON.stringify(links));
}

function isFreshLink(value: unknown): value is FreshLink {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.keyId === 'string' &&
    LINK_ROLES.some((role) => role === record.role) &&
    typeof record.label === 'string' &&
    typeof record.url === 'string'
  );
}
