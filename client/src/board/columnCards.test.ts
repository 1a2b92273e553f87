import { describe, expect, it } from 'vitest';
import type { CardId, CardStatus, ChallengeCard } from '@rembuk/shared';
import { shownCards } from './columnCards.js';

const challenge = (id: string, status: CardStatus = 'draft', mergedInto: string | null = null): ChallengeCard => ({
  kind: 'challenge',
  id: id as CardId,
  text: id,
  status,
  notForScreen: false,
  mergedInto: mergedInto as CardId | null,
  category: null,
  scope: null,
});

describe('shownCards', () => {
  const cards = [challenge('a'), challenge('b', 'hidden'), challenge('c'), challenge('d', 'merged', 'c')];

  it('hides hidden cards from participants and numbers what they see', () => {
    const shown = shownCards(cards, false);
    expect(shown.map((entry) => [entry.card.id, entry.number])).toEqual([['a', 1], ['c', 2], ['d', 3]]);
    expect(shown[2]?.mergedIntoNumber).toBe(2);
  });

  it('shows hidden cards to who moderates, unnumbered, so everyone else’s numbers stay the same', () => {
    const shown = shownCards(cards, true);
    expect(shown.map((entry) => entry.number)).toEqual([1, null, 2, 3]);
    expect(shown[3]?.mergedIntoNumber).toBe(2);
  });

  it('leaves the target unnumbered when the viewer cannot see it', () => {
    const shown = shownCards([challenge('x', 'hidden'), challenge('y', 'merged', 'x')], false);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.mergedIntoNumber).toBeNull();
  });
});
