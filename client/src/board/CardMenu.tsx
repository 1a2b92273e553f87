import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { deleteCard, moveCard, type CardId, type MoveDirection } from '@rembuk/shared';

interface CardMenuProps {
  doc: Y.Doc;
  cardId: CardId;
  isFirst: boolean;
  isLast: boolean;
  /** Moves are edits: not while the board is read-only (withdrawing still is allowed then). */
  canMove: boolean;
  /**
   * `withdraw`: a participant's own card (this device created it); `delete`: a facilitator or organizer; null:
   * someone else's card, which a participant may move but not remove.
   */
  removal: 'withdraw' | 'delete' | null;
}

// In a 2×2 grid: one step up or down on top, the long jumps below.
const MOVES: readonly { direction: MoveDirection; towardsStart: boolean }[] = [
  { direction: 'up', towardsStart: true },
  { direction: 'down', towardsStart: false },
  { direction: 'top', towardsStart: true },
  { direction: 'bottom', towardsStart: false },
];

/** Every move has a button (no drag and drop needed on a phone); deleting asks once. */
export function CardMenu({ doc, cardId, isFirst, isLast, canMove, removal }: CardMenuProps) {
  const { t } = useTranslation();
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  return (
    <div className="card-panel" data-testid="card-menu">
      {canMove && (
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
      )}
      {removal === null ? null : confirmingDelete ? (
        <div className="confirm" role="group" aria-label={t('card.deleteQuestion')}>
          <p>{removal === 'withdraw' ? t('card.withdrawQuestion') : t('card.deleteQuestion')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              data-testid="card-delete-confirm"
              onClick={() => deleteCard(doc, cardId)}
            >
              {removal === 'withdraw' ? t('card.withdrawYes') : t('card.deleteYes')}
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
          {removal === 'withdraw' ? t('card.withdraw') : t('card.delete')}
        </button>
      )}
    </div>
  );
}
