import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, addCard, type CardId, type CardKind } from '@rembuk/shared';
import type { BoardConnection } from '../connection/BoardConnection.js';
import { useBoardSnapshot } from '../hooks/useBoardState.js';
import { BoardColumn } from './BoardColumn.js';
import { ColumnTabs } from './ColumnTabs.js';

interface BoardViewProps {
  connection: BoardConnection;
  categories: readonly string[];
}

/** The two columns: side by side on a wide screen, one at a time behind tabs on a phone (see styles). */
export function BoardView({ connection, categories }: BoardViewProps) {
  const { t } = useTranslation();
  const board = useBoardSnapshot(connection);
  const [tab, setTab] = useState<CardKind>('challenge');
  const [focusCardId, setFocusCardId] = useState<CardId | null>(null);
  const full = board.challenges.length + board.actions.length >= LIMITS.maxCardsPerBoard;

  const add = (kind: CardKind): void => {
    if (full) return;
    setFocusCardId(addCard(connection.doc, { kind }));
  };

  return (
    <div className="board" data-tab={tab}>
      <ColumnTabs
        active={tab}
        counts={{ challenge: board.challenges.length, action: board.actions.length }}
        onSelect={setTab}
      />
      {full && <p className="notice" role="status">{t('board.full', { max: LIMITS.maxCardsPerBoard })}</p>}
      <div className="columns">
        <BoardColumn
          doc={connection.doc}
          kind="challenge"
          cards={board.challenges}
          categories={categories}
          challenges={board.challenges}
          focusCardId={focusCardId}
          onAdd={add}
        />
        <BoardColumn
          doc={connection.doc}
          kind="action"
          cards={board.actions}
          categories={categories}
          challenges={board.challenges}
          focusCardId={focusCardId}
          onAdd={add}
        />
      </div>
    </div>
  );
}
