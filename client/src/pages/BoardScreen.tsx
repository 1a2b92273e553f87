import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { getI18n, useTranslation } from 'react-i18next';
import type { CardId, GroupInfo, PublicEvent } from '@rembuk/shared';
import { BoardSessionContext, type BoardSession } from '../board/BoardSessionContext.js';
import { BoardView } from '../board/BoardView.js';
import { ConnectionBadge } from '../board/ConnectionBadge.js';
import { PresenceBar } from '../board/PresenceBar.js';
import { SessionBanner } from '../board/SessionBanner.js';
import { ForgetEventControl } from '../components/ForgetEventControl.js';
import { Link } from '../components/Link.js';
import type { BoardConnection } from '../connection/BoardConnection.js';
import { serverOriginOf } from '../connection/serverOrigin.js';
import { useBoardConnection } from '../hooks/useBoardConnection.js';
import { loadStaffMessages } from '../i18n/staffMessages.js';
import { useEventLanguage } from '../hooks/useEventLanguage.js';
import { useMovedTo, useSessionView, useVoteView } from '../hooks/useSession.js';
import { navigate } from '../routing/navigation.js';
import { paths } from '../routing/routes.js';
import { boardAbilities } from '../session/boardAbilities.js';
import { ownCardIds, rememberOwnCard } from '../storage/ownCards.js';
import type { BoardAccess } from './boardAccess.js';

// Who runs the group gets its tools (undo, duplicate suggestions) and their messages as a chunk: never a phone.
const RunnerTools = lazy(() =>
  Promise.all([import('../board/RunnerTools.js'), loadStaffMessages(getI18n())]).then(([m]) => ({ default: m.RunnerTools })),
);

interface BoardScreenProps {
  event: PublicEvent;
  group: GroupInfo;
  access: BoardAccess;
}

export function BoardScreen({ event, group, access }: BoardScreenProps) {
  const { t } = useTranslation();
  useEventLanguage(event.language);
  const origin = useMemo(() => serverOriginOf(location), []);
  const connection = useBoardConnection({
    origin,
    eventId: event.id,
    groupId: group.id,
    token: access.token,
    role: access.role,
    ...(access.role === 'participant' && access.pseudonym ? { pseudonym: access.pseudonym } : {}),
  });
  const switchHref =
    access.role === 'participant'
      ? paths.join(access.joinCode)
      : access.role === 'organizer'
        ? paths.organizer(event.id)
        : paths.facilitator(event.id);

  return (
    <main className="board-page" data-testid="board-page" data-role={access.role}>
      <div className="board-top">
        {event.title && <p className="event-name">{event.title}</p>}
        <h1 data-testid="board-group-name">{group.name}</h1>
      </div>
      {connection && <LiveBoard connection={connection} event={event} group={group} access={access} />}
      {/* Rarely needed during a session, so it waits at the end instead of taking a phone's first screen. */}
      <nav className="board-foot">
        <Link className="button button--quiet" href={switchHref} data-testid="board-switch-group">
          {access.role === 'participant'
            ? t('board.switchGroup')
            : access.role === 'organizer'
              ? t('board.backToOrganizer')
              : t('dashboard.open')}
        </Link>
        {connection && access.role === 'participant' && (
          <ForgetEventControl eventId={event.id} forget={() => connection.forgetOnThisPhone()} />
        )}
      </nav>
    </main>
  );
}

function LiveBoard({ connection, event, group, access }: BoardScreenProps & { connection: BoardConnection }) {
  const { t } = useTranslation();
  const view = useSessionView(connection.session);
  const votes = useVoteView(connection.session);
  const movedTo = useMovedTo(connection);
  const [ownCards, setOwnCards] = useState(() => ownCardIds(event.id));
  const session = view?.groups.find((candidate) => candidate.groupId === group.id) ?? null;
  const abilities = useMemo(() => boardAbilities(access.role, session), [access.role, session]);

  // A facilitator moved this device: its ticket now opens the other group's board.
  useEffect(() => {
    if (movedTo) navigate(paths.board(event.id, movedTo), { replace: true });
  }, [movedTo, event.id]);

  const boardSession = useMemo<BoardSession>(
    () => ({
      abilities,
      votes: votes?.groupId === group.id ? votes : null,
      ownCards,
      groupId: group.id,
      queuedCards: { subscribe: connection.subscribeQueuedCards, get: connection.getQueuedCards },
      command: (command) => connection.command(command),
      vote: (cardId, delta) => connection.vote(cardId, delta),
    }),
    [abilities, votes, ownCards, group.id, connection],
  );
  const onCardAdded = (cardId: CardId) => {
    if (access.role === 'participant') setOwnCards(rememberOwnCard(event.id, cardId));
  };

  return (
    <BoardSessionContext.Provider value={boardSession}>
      <div className="board-status">
        <ConnectionBadge connection={connection} />
        <PresenceBar connection={connection} />
        <p className="you" data-testid="board-you">
          {access.role === 'organizer'
            ? t('board.youOrganizer')
            : access.role === 'facilitator'
              ? t('board.youFacilitator')
              : access.pseudonym
                ? t('board.youAs', { name: access.pseudonym })
                : t('board.youAnonymous')}
        </p>
      </div>
      <SessionBanner
        session={session}
        message={view?.message ?? null}
        serverNow={connection.session.serverNow}
        abilities={abilities}
        votes={boardSession.votes}
      />
      {abilities.moderate && (
        <Suspense fallback={null}>
          <RunnerTools eventId={event.id} connection={connection} clustering={session?.phase === 'cluster'} />
        </Suspense>
      )}
      <BoardView connection={connection} categories={event.categories} onCardAdded={onCardAdded} />
    </BoardSessionContext.Provider>
  );
}
