import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Card, CardId, CardKind, ChallengeCard } from '@rembuk/shared';
import { CardView } from './CardView.js';

interface BoardColumnProps {
  doc: Y.Doc;
  kind: CardKind;
  cards: readonly Card[];
  categories: readonly string[];
  challenges: readonly ChallengeCard[];
  /** The card this device just added, whose text gets the focus. */
  focusCardId: CardId | null;
  onAdd: (kind: CardKind) => void;
}

export function BoardColumn({ doc, kind, cards, categories, challenges, focusCardId, onAdd }: BoardColumnProps) {
  const { t } = useTranslation();
  const { t: d } = useTranslation('domain');
  const headingId = `column-${kind}`;

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
      <p className="column-hint">{kind === 'challenge' ? t('board.challengeHint') : t('board.actionHint')}</p>
      {cards.length === 0 && (
        <p className="empty" data-testid={`empty-${kind}`}>
          {kind === 'challenge' ? t('board.noChallenges') : t('board.noActions')}
        </p>
      )}
      <ol className="cards">
        {cards.map((card, index) => (
          <li key={card.id}>
            <CardView
              doc={doc}
              card={card}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === cards.length - 1}
              categories={categories}
              challenges={challenges}
              autoFocus={card.id === focusCardId}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="button button--add" data-testid={`add-${kind}`} onClick={() => onAdd(kind)}>
        {kind === 'challenge' ? t('board.addChallenge') : t('board.addAction')}
      </button>
    </section>
  );
}
