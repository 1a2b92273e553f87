import type { CardKind } from '@rembuk/shared';

/**
 * A card's number as everyone reads it, in every language ("#3" a challenge, "→2" an action step): people in one
 * group switch languages on their own phones, and must still name the same card the same way.
 */
export function cardLabel(kind: CardKind, number: number): string {
  return kind === 'challenge' ? `#${number}` : `→${number}`;
}
