import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Card, ChallengeCard } from '@rembuk/shared';
import { identifyingKinds } from '../privacy/identifyingText.js';
import { ActionDetails } from './ActionDetails.js';
import { CardMenu } from './CardMenu.js';
import { CardSummary } from './CardSummary.js';
import { CardTextArea } from './CardTextArea.js';
import { ChallengeDetails } from './ChallengeDetails.js';
import { sameCard, sameChallengeList } from './sameCard.js';

export interface CardViewProps {
  doc: Y.Doc;
  card: Card;
  /** 1-based place in its column, shown as T1 / L1. */
  number: number;
  isFirst: boolean;
  isLast: boolean;
  categories: readonly string[];
  /** The board's challenges, for an action card's links. */
  challenges: readonly ChallengeCard[];
  autoFocus: boolean;
}

type OpenPanel = 'none' | 'details' | 'menu';

function CardViewImpl({ doc, card, number, isFirst, isLast, categories, challenges, autoFocus }: CardViewProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OpenPanel>('none');
  const toggle = (panel: OpenPanel) => setOpen((current) => (current === panel ? 'none' : panel));
  const label = card.kind === 'challenge' ? t('card.challengeNumber', { number }) : t('card.actionNumber', { number });
  const warnings = identifyingKinds(card.text);

  return (
    <article
      className={`card card--${card.kind} card--${card.status}`}
      data-testid="card"
      data-card-id={card.id}
      aria-label={label}
    >
      <header className="card-head">
        <span className="card-number">{label}</span>
        <CardSummary card={card} challenges={challenges} />
      </header>
      <CardTextArea
        doc={doc}
        cardId={card.id}
        label={t('card.textLabel', { card: label })}
        placeholder={card.kind === 'challenge' ? t('card.challengePlaceholder') : t('card.actionPlaceholder')}
        autoFocus={autoFocus}
      />
      {warnings.length > 0 && (
        <p className="card-warning" role="alert" data-testid="card-privacy-warning">
          {t('privacy.cardWarning', { kinds: warnings.map((kind) => t(`privacy.kind.${kind}`)).join(', ') })}
        </p>
      )}
      <div className="card-actions">
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={open === 'details'}
          data-testid="card-details-toggle"
          onClick={() => toggle('details')}
        >
          {t('card.details')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={open === 'menu'}
          aria-label={t('card.menuFor', { card: label })}
          data-testid="card-menu-toggle"
          onClick={() => toggle('menu')}
        >
          {t('card.menu')}
        </button>
      </div>
      {open === 'menu' && (
        <CardMenu doc={doc} cardId={card.id} isFirst={isFirst} isLast={isLast} />
      )}
      {open === 'details' &&
        (card.kind === 'challenge' ? (
          <ChallengeDetails doc={doc} card={card} categories={categories} />
        ) : (
          <ActionDetails doc={doc} card={card} challenges={challenges} />
        ))}
    </article>
  );
}

/** Cards re-render only when their own content changed, not on every keystroke elsewhere on the board. */
export const CardView = memo(CardViewImpl, (before, after) =>
  before.doc === after.doc &&
  before.number === after.number &&
  before.isFirst === after.isFirst &&
  before.isLast === after.isLast &&
  before.autoFocus === after.autoFocus &&
  before.categories === after.categories &&
  sameCard(before.card, after.card) &&
  (before.card.kind === 'challenge' || sameChallengeList(before.challenges, after.challenges)),
);
