import type { EventId } from '@rembuk/shared';
import { readStored, removeStored, writeStored } from './deviceStorage.js';

/**
 * Ids of the cards this device created, so a participant can withdraw their own cards later. The server keeps
 * no authorship on purpose (survivors are in the room); only this phone knows, and only in its own storage.
 */
const MAX_REMEMBERED_CARDS = 500;
const ownCardsName = (eventId: EventId) => `rembuk.ownCards.${eventId}`;

export function ownCardIds(eventId: EventId): ReadonlySet<string> {
  const stored = readStored('local', ownCardsName(eventId));
  if (!stored) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Remember a new card as this device's; returns the updated set. */
export function rememberOwnCard(eventId: EventId, cardId: string): ReadonlySet<string> {
  const ids = [...ownCardIds(eventId), cardId].slice(-MAX_REMEMBERED_CARDS);
  writeStored('local', ownCardsName(eventId), JSON.stringify(ids));
  return new Set(ids);
}

export function forgetOwnCards(eventId: EventId): void {
  removeStored('local', ownCardsName(eventId));
}
