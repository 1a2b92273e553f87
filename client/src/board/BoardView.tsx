import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, addCard, type CardId, type CardKind } from '@rembuk/shared';
import type { BoardConnection } from '../connection/BoardConnection.js';
import { useBoardSnapshot } from '../hooks/useBoardState.js';
import { BoardColumn } from './BoardColumn.js';
import { useBoardSession } from './BoardSessionContext.js';
import { ColumnTabs } from './ColumnTabs.js';
import { shownCards } from './columnCards.js';

interface BoardViewProps {
  connection: BoardConnection;
  categories: readonly string[];
  /** Told the id of every card this device adds (participants may withdraw their own cards later). */
  onCardAdded: (cardId: CardId) => void;
}

/** The two columns: side by side on a wide screen, one at a time behind tabs on a phone (see styles). */
export function BoardView({ connection, categories, onCardAdded }: BoardViewProps) {
  const { t } = useTranslation();
  const { abilities } = useBoardSession();
  const board = useBoardSnapshot(connection);
  const [tab, setTab] = useState<CardKind>('challenge');
  const [focusCardId, setFocusCardId] = useState<CardId | null>(null);
  const full = board.challenges.length + board.actions.length >= LIMITS.maxCardsPerBoard;
  const challenges = useMemo(() => shownCards(board.challenges, abilities.moderate), [board.challenges, abilities.moderate]);
  const actions = useMemo(() => shownCards(board.actions, abilities.moderate), [board.actions, abilities.moderate]);

  const add = (kind: CardKind): void => {
    if (full || !abilities.write) return;
    const id = addCard(connection.doc, { kind });
    onCardAdded(id);
    setFocusCardId(id);
  };

  return (
    <div className="board" data-tab={tab} data-writable={abilities.write}>
      <ColumnTabs active={tab} counts={{ challenge: challenges.length, action: actions.length }} onSelect={setTab} />
      {full && <p className="notice" role="status">{t('board.full', { max: LIMITS.maxCardsPerBoard })}</p>}
      <div className="columns">
        <BoardColumn
          doc={connection.doc}
          kind="challenge"
          cards={challenges}
          categories={categories}
          challenges={challenges}
          focusCardId={focusCardId}
          onAdd={add}
        />
        <BoardColumn
          doc={connection.doc}
          kind="action"
          cards={actions}
          categories={categories}
          challenges={challenges}
          focusCardId={focusCardId}
          onAdd={add}
        />
      </div>
    </div>
  );
}
