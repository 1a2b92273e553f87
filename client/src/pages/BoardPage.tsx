import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, GroupId, GroupInfo, PublicEvent } from '@rembuk/shared';
import { findEventByJoinCode, getOrganizerEvent } from '../api/restClient.js';
import { BoardView } from '../board/BoardView.js';
import { ConnectionBadge } from '../board/ConnectionBadge.js';
import { PresenceBar } from '../board/PresenceBar.js';
import { Link } from '../components/Link.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { serverOriginOf } from '../connection/serverOrigin.js';
import { useBoardConnection } from '../hooks/useBoardConnection.js';
import { useEventLanguage } from '../hooks/useEventLanguage.js';
import { useLoad } from '../hooks/useLoad.js';
import { paths } from '../routing/routes.js';
import { boardAccessFor, type BoardAccess } from './boardAccess.js';

export function BoardPage({ eventId, groupId }: { eventId: EventId; groupId: GroupId }) {
  const { t } = useTranslation();
  const access = useMemo(() => boardAccessFor(eventId), [eventId]);
  if (!access) {
    return (
      <main className="page narrow" data-testid="board-no-access">
        <h1>{t('board.noAccessTitle')}</h1>
        <p>{t('board.noAccess')}</p>
        <Link className="button button--primary" href={paths.home()}>
          {t('common.toHome')}
        </Link>
      </main>
    );
  }
  return <BoardLoader eventId={eventId} groupId={groupId} access={access} />;
}

function BoardLoader({ eventId, groupId, access }: { eventId: EventId; groupId: GroupId; access: BoardAccess }) {
  const { t } = useTranslation();
  const loaded = useLoad<PublicEvent>(
    () => (access.role === 'organizer' ? getOrganizerEvent(eventId, access.token) : findEventByJoinCode(access.joinCode)),
    [eventId, access.role, access.token],
  );
  if (loaded.status === 'loading') return <main className="page narrow"><p>{t('common.loading')}</p></main>;
  if (loaded.status === 'failed') return <main className="page narrow"><LoadFailure error={loaded.error} /></main>;
  const event = loaded.value;
  const group = event.id === eventId ? event.groups.find((candidate) => candidate.id === groupId) : undefined;
  if (!group) {
    return (
      <main className="page narrow">
        <h1>{t('board.groupNotFound')}</h1>
        <Link href={paths.home()}>{t('common.toHome')}</Link>
      </main>
    );
  }
  return <BoardScreen event={event} group={group} access={access} />;
}

function BoardScreen({ event, group, access }: { event: PublicEvent; group: GroupInfo; access: BoardAccess }) {
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
  const switchHref = access.role === 'organizer' ? paths.organizer(event.id) : paths.join(access.joinCode);

  return (
    <main className="board-page" data-testid="board-page">
      <div className="board-top">
        <p className="event-name">{event.title}</p>
        <h1 data-testid="board-group-name">{group.name}</h1>
      </div>
      {connection && (
        <div className="board-status">
          <ConnectionBadge connection={connection} />
          <PresenceBar connection={connection} />
          <p className="you" data-testid="board-you">
            {access.role === 'organizer'
              ? t('board.youOrganizer')
              : access.pseudonym
                ? t('board.youAs', { name: access.pseudonym })
                : t('board.youAnonymous')}
          </p>
        </div>
      )}
      {connection && <BoardView connection={connection} categories={event.categories} />}
      {/* Rarely needed during a session, so it waits at the end instead of taking a phone's first screen. */}
      <nav className="board-foot">
        <Link className="button button--quiet" href={switchHref} data-testid="board-switch-group">
          {access.role === 'organizer' ? t('board.backToOrganizer') : t('board.switchGroup')}
        </Link>
      </nav>
    </main>
  );
}
