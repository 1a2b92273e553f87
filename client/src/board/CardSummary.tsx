import { useTranslation } from 'react-i18next';
import type { Card, ChallengeCard } from '@rembuk/shared';
import { useCategoryLabel } from '../i18n/useCategoryLabel.js';
import { cardLabel } from './cardLabel.js';
import type { ShownCard } from './columnCards.js';

/** The card's fields at a glance, so the board reads without opening every card. */
export function CardSummary({ card, challenges }: { card: Card; challenges: readonly ShownCard<ChallengeCard>[] }) {
  const { t } = useTranslation();
  const { t: d } = useTranslation('domain');
  const categoryLabel = useCategoryLabel();
  const chips: { key: string; text: string; tone?: string }[] = [];

  if (card.kind === 'challenge') {
    if (card.category) chips.push({ key: 'category', text: categoryLabel(card.category) });
    if (card.scope) chips.push({ key: 'scope', text: d(`scope.${card.scope}`) });
  } else {
    const numbers = card.addresses
      .map((id) => challenges.find((challenge) => challenge.card.id === id)?.number)
      .filter((number) => number !== undefined && number !== null)
      .map((number) => cardLabel('challenge', number));
    if (numbers.length > 0) chips.push({ key: 'addresses', text: t('card.addresses', { list: numbers.join(', ') }) });
    if (card.timeframe) chips.push({ key: 'timeframe', text: d(`timeframe.${card.timeframe}`) });
    if (card.responsibleOrg) chips.push({ key: 'responsible', text: card.responsibleOrg });
  }
  if (card.status !== 'draft') chips.push({ key: 'status', text: d(`status.${card.status}`), tone: card.status });
  if (card.notForScreen) chips.push({ key: 'notForScreen', text: d('field.notForScreen'), tone: 'notForScreen' });

  if (chips.length === 0) return null;
  return (
    <ul className="chips" data-testid="card-summary">
      {chips.map((chip) => (
        <li key={chip.key} className={`chip${chip.tone ? ` chip--${chip.tone}` : ''}`}>
          {chip.text}
        </li>
      ))}
    </ul>
  );
}
