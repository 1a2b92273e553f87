import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, EventId, GroupInfo, GroupSession } from '@rembuk/shared';
import { Countdown } from '../../components/Countdown.js';
import { ReadOnlyBoard } from '../../connection/ReadOnlyBoard.js';
import { serverOriginOf } from '../../connection/serverOrigin.js';

interface ProjectedGroupProps {
  eventId: EventId;
  group: GroupInfo;
  token: string;
  session: GroupSession | null;
  serverNow: () => number;
}

/** Only what is approved for the screen: no hidden or merged card, nothing marked "not for screen". */
export function forTheScreen<C extends Card>(cards: readonly C[]): C[] {
  return cards.filter((card) => card.status !== 'hidden' && card.status !== 'merged' && !card.notForScreen && card.text.trim() !== '');
}

export function ProjectedGroup({ eventId, group, token, session, serverNow }: ProjectedGroupProps) {
  const [board, setBoard] = useState<ReadOnlyBoard | null>(null);
  useEffect(() => {
    const next = new ReadOnlyBoard(serverOriginOf(location), eventId, group.id, token);
    setBoard(next);
    return () => next.destroy();
  }, [eventId, group.id, token]);
  return (
    <section className="projected-group" data-testid="projected-group" data-group-id={group.id}>
      <header className="projected-head">
        <h2>{group.name}</h2>
        {session && <Countdown timer={session.timer} serverNow={serverNow} />}
      </header>
      {board && <ProjectedCards board={board} />}
    </section>
  );
}

function ProjectedCards({ board }: { board: ReadOnlyBoard }) {
  const { t } = useTranslation();
  const { t: d } = useTranslation('domain');
  const snapshot = useSyncExternalStore(board.subscribe, board.getBoard);
  const challenges = forTheScreen(snapshot.challenges);
  const actions = forTheScreen(snapshot.actions);
  if (challenges.length + actions.length === 0) return <p className="muted">{t('projector.empty')}</p>;
  return (
    <>
      {challenges.length > 0 && <h3>{d('columnTitle.challenge')}</h3>}
      <ul className="projected-cards projected-cards--challenge">
        {challenges.map((card) => (
          <li key={card.id} data-testid="projected-card">{card.text}</li>
        ))}
      </ul>
      {actions.length > 0 && <h3>{d('columnTitle.action')}</h3>}
      <ul className="projected-cards projected-cards--action">
        {actions.map((card) => (
          <li key={card.id} data-testid="projected-card">{card.text}</li>
        ))}
      </ul>
    </>
  );
}
