import type { Card } from '@rembuk/shared';

/** One card as a column shows it to this viewer: its number, and for a merged duplicate the number of its target. */
export interface ShownCard<C extends Card> {
  card: C;
  /**
   * 1-based place among the column's cards that are not hidden: the same for a participant and a facilitator.
   * Null for a hidden card (only who moderates sees it), which has no number anyone else could say.
   */
  number: number | null;
  /** Number of the card it was merged into, if that card is shown; null otherwise. */
  mergedIntoNumber: number | null;
}

/**
 * What a column shows: participants never see hidden cards (facilitators see them, dimmed); merged duplicates
 * stay in place, collapsed, so nobody wonders where their card went. Numbers count the cards everyone sees.
 */
export function shownCards<C extends Card>(cards: readonly C[], seesHidden: boolean): ShownCard<C>[] {
  const numbers = cardNumbers(cards);
  const visible = seesHidden ? cards : cards.filter((card) => card.status !== 'hidden');
  return visible.map((card) => ({
    card,
    number: numbers.get(card.id) ?? null,
    mergedIntoNumber: card.mergedInto ? (numbers.get(card.mergedInto) ?? null) : null,
  }));
}

/** Each not-hidden card's number in its column, in board order. */
export function cardNumbers(cards: readonly Card[]): ReadonlyMap<string, number> {
  return new Map(cards.filter((card) => card.status !== 'hidden').map((card, index) => [card.id, index + 1]));
}
