import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Card, CardId, CardKind, ChallengeCard } from '@rembuk/shared';
import { useBoardSession } from './BoardSessionContext.js';
import { cardLabel } from './cardLabel.js';
import { CardView } from './CardView.js';
import type { ShownCard } from './columnCards.js';
import { MergedCard } from './MergedCard.js';

interface BoardColumnProps {
  doc: Y.Doc;
  kind: CardKind;
  cards: readonly ShownCard<Card>[];
  categories: readonly string[];
  /** The challenges this viewer sees, for an action card's links. */
  challenges: readonly ShownCard<ChallengeCard>[];
  /** The card this device just added, whose text gets the focus. */
  focusCardId: CardId | null;
  onAdd: (kind: CardKind) => void;
}

export function BoardColumn({ doc, kind, cards, categories, challenges, focusCardId, onAdd }: BoardColumnProps) {
  const { t } = useTranslation();
  const { t: d } = useTranslation('domain');
  const { abilities } = useBoardSession();
  const headingId = `column-${kind}`;
  const labelOf = (number: number | null) => (number === null ? t('card.hiddenLabel') : cardLabel(kind, number));
  // A duplicate merges into a live card of the same column.
  const targets = cards
    .filter(({ card }) => card.status !== 'merged' && card.status !== 'hidden')
    .map(({ card, number }) => ({ id: card.id, label: `${labelOf(number)} ${excerpt(card.text)}` }));

  return (
    <section
      className={`column column--${kind}`}
      data-testid={`column-${kind}`}
      aria-labelledby={headingId}
      id={`panel-${kind}`}
    >
      <h2 className="column-title" id={headingId}>
        {d(`columnTitle.${kind}`)} <span className="count">{cards.length}</span>
      </h2>
      {abilities.write && (
        <p className="column-hint">{kind === 'challenge' ? t('board.challengeHint') : t('board.actionHint')}</p>
      )}
      {cards.length === 0 && (
        <p className="empty" data-testid={`empty-${kind}`}>
          {kind === 'challenge' ? t('board.noChallenges') : t('board.noActions')}
        </p>
      )}
      <ol className="cards">
        {cards.map(({ card, number, mergedIntoNumber }, index) => (
          <li key={card.id}>
            {card.status === 'merged' ? (
              <MergedCard card={card} label={labelOf(number)} intoLabel={mergedIntoNumber ? labelOf(mergedIntoNumber) : null} />
            ) : (
              <CardView
                doc={doc}
                card={card}
                label={labelOf(number)}
                isFirst={index === 0}
                isLast={index === cards.length - 1}
                categories={categories}
                challenges={challenges}
                mergeTargets={abilities.moderate ? targets.filter((target) => target.id !== card.id) : NO_TARGETS}
                autoFocus={card.id === focusCardId}
              />
            )}
          </li>
        ))}
      </ol>
      {abilities.write && (
        <button type="button" className="button button--add" data-testid={`add-${kind}`} onClick={() => onAdd(kind)}>
          {kind === 'challenge' ? t('board.addChallenge') : t('board.addAction')}
        </button>
      )}
    </section>
  );
}

const NO_TARGETS: readonly { id: string; label: string }[] = [];
/** How much of a card's text a merge choice shows. */
const TARGET_EXCERPT_CHARS = 40;

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > TARGET_EXCERPT_CHARS ? `${oneLine.slice(0, TARGET_EXCERPT_CHARS - 1)}…` : oneLine;
}
