import type { Card } from '../board/boardSnapshot.js';

/** Approved for a projected screen: not hidden, not merged into another card, not marked "not for screen", not empty. */
export function isForTheScreen(card: Card): boolean {
  return card.status !== 'hidden' && card.status !== 'merged' && !card.notForScreen && card.text.trim() !== '';
}
