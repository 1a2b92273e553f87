import { DOMAIN_LABELS, categoryLabel, type ActionCard, type ChallengeCard, type Language } from '@rembuk/shared';

/** Human-readable cell values shared by the Markdown and CSV exports. */
export function challengeCells(language: Language, card: ChallengeCard): { category: string; scope: string; status: string } {
  const labels = DOMAIN_LABELS[language];
  return {
    category: card.category ? categoryLabel(language, card.category) : '',
    scope: card.scope ? labels.scope[card.scope] : '',
    status: labels.status[card.status],
  };
}

export function timeframeCell(language: Language, card: ActionCard): string {
  return card.timeframe ? DOMAIN_LABELS[language].timeframe[card.timeframe] : '';
}

/** "1, 3": the numbers (within the group's challenge table) of the challenges an action addresses. */
export function addressedNumbers(challenges: readonly ChallengeCard[], action: ActionCard): string {
  return action.addresses
    .map((id) => challenges.findIndex((challenge) => challenge.id === id) + 1)
    .filter((number) => number > 0)
    .join(', ');
}
