import type { Card, ChallengeCard } from '@rembuk/shared';
import type { ShownCard } from './columnCards.js';

/** Field-by-field equality of two snapshots of one card (snapshots are rebuilt on every document change). */
export function sameCard(a: Card, b: Card): boolean {
  if (a.id !== b.id || a.text !== b.text || a.status !== b.status || a.notForScreen !== b.notForScreen) return false;
  if (a.mergedInto !== b.mergedInto) return false;
  if (a.kind === 'challenge' && b.kind === 'challenge') return a.category === b.category && a.scope === b.scope;
  if (a.kind === 'action' && b.kind === 'action') {
    return (
      a.timeframe === b.timeframe &&
      a.responsibleOrg === b.responsibleOrg &&
      a.partners === b.partners &&
      a.resources === b.resources &&
      a.indicator === b.indicator &&
      a.firstStep === b.firstStep &&
      a.addresses.length === b.addresses.length &&
      a.addresses.every((id, index) => b.addresses[index] === id)
    );
  }
  return false;
}

export function sameChallengeList(a: readonly ShownCard<ChallengeCard>[], b: readonly ShownCard<ChallengeCard>[]): boolean {
  return a.length === b.length && a.every(({ card, number }, index) => {
    const other = b[index];
    return other !== undefined && other.card.id === card.id && other.card.text === card.text && other.number === number;
  });
}

export function sameTargets(a: readonly { id: string; label: string }[], b: readonly { id: string; label: string }[]): boolean {
  return a.length === b.length && a.every((target, index) => target.id === b[index]?.id && target.label === b[index]?.label);
}
