import type { BoardSnapshot, Card, DuplicateSuggestion } from '@rembuk/shared';

/** A suggestion as the board shows it now: its cards that are still live, the kept one first. */
export interface LiveSuggestion {
  suggestion: DuplicateSuggestion;
  keep: Card;
  /** The cards a merge would fold into `keep` (at least one). */
  others: Card[];
}

/**
 * The suggestions still worth showing on this board: the server recomputes a second or two after a change, so a
 * card merged, hidden or deleted meanwhile is left out here at once, and a suggestion with nothing left to merge
 * (or whose kept card is gone) disappears.
 */
export function liveSuggestions(suggestions: readonly DuplicateSuggestion[], board: BoardSnapshot): LiveSuggestion[] {
  const live = new Map<string, Card>();
  for (const card of [...board.challenges, ...board.actions]) if (card.status !== 'merged' && card.status !== 'hidden') live.set(card.id, card);
  const shown: LiveSuggestion[] = [];
  for (const suggestion of suggestions) {
    const keep = live.get(suggestion.keepCardId);
    const others = suggestion.cardIds.filter((id) => id !== suggestion.keepCardId).flatMap((id) => live.get(id) ?? []);
    if (keep && others.length > 0) shown.push({ suggestion, keep, others });
  }
  return shown;
}
