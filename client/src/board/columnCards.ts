import type { Card } from '@rembuk/shared';

/** One card as a column shows it to this viewer: its label, and for a merged duplicate the label of its target. */
export interface ShownCard<C extends Card> {
  card: C;
  /** 1-based place among the cards this viewer sees. */
  number: number;
  /** Number of the card it was merged into, if that card is shown; null otherwise. */
  mergedIntoNumber: number | null;
}

/**
 * What a column shows: participants never see hidden cards (facilitators see them, dimmed); merged duplicates
 * stay in place, collapsed, so nobody wonders where their card went. Numbers count what this viewer sees.
 */
export function shownCards<C extends Card>(cards: readonly C[], seesHidden: boolean): ShownCard<C>[] {
  const visible = seesHidden ? cards : cards.filter((card) => card.status !== 'hidden');
  const numbers = new Map<string, number>(visible.map((card, index) => [card.id, index + 1]));
  return visible.map((card, index) => ({
    card,
    number: index + 1,
    mergedIntoNumber: card.mergedInto ? (numbers.get(card.mergedInto) ?? null) : null,
  }));
}
