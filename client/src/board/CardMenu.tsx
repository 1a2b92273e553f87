import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { deleteCard, moveCard, type CardId, type MoveDirection } from '@rembuk/shared';

interface CardMenuProps {
  doc: Y.Doc;
  cardId: CardId;
  isFirst: boolean;
  isLast: boolean;
}

// In a 2×2 grid: one step up or down on top, the long jumps below.
const MOVES: readonly { direction: MoveDirection; towardsStart: boolean }[] = [
  { direction: 'up', towardsStart: true },
  { direction: 'down', towardsStart: false },
  { direction: 'top', towardsStart: true },
  { direction: 'bottom', towardsStart: false },
];

/** Every move has a button (no drag and drop needed on a phone); deleting asks once. */
export function CardMenu({ doc, cardId, isFirst, isLast }: CardMenuProps) {
  const { t } = useTranslation();
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  return (
    <div className="card-panel" data-testid="card-menu">
      <div className="move-grid">
        {MOVES.map(({ direction, towardsStart }) => (
          <button
            key={direction}
            type="button"
            className="button button--small"
            data-testid={`card-move-${direction}`}
            disabled={towardsStart ? isFirst : isLast}
            onClick={() => moveCard(doc, cardId, direction)}
          >
            {t(`card.move.${direction}`)}
          </button>
        ))}
      </div>
      {confirmingDelete ? (
        <div className="confirm" role="group" aria-label={t('card.deleteQuestion')}>
          <p>{t('card.deleteQuestion')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              data-testid="card-delete-confirm"
              onClick={() => deleteCard(doc, cardId)}
            >
              {t('card.deleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--danger-quiet"
          data-testid="card-delete"
          onClick={() => setConfirmingDelete(true)}
        >
          {t('card.delete')}
        </button>
      )}
    </div>
  );
}
