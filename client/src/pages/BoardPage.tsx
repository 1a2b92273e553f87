import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, GroupId, GroupInfo, PublicEvent } from '@rembuk/shared';
import { eventWithoutNames, loadEventInfo } from '../api/eventInfo.js';
import { ApiError } from '../api/restClient.js';
import { Link } from '../components/Link.js';
import { LoadPending } from '../components/LoadPending.js';
import { useLoad } from '../hooks/useLoad.js';
import { paths } from '../routing/routes.js';
import { eventOnDevice, markEventUsed } from '../storage/eventsOnDevice.js';
import { boardAccessFor, type BoardAccess } from './boardAccess.js';
import { BoardScreen } from './BoardScreen.js';

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
  const loaded = useLoad<PublicEvent>(async () => {
    const event = await loadEventInfoOrKept(eventId, access);
    markEventUsed(eventId, { groupId, ...(event ? { event: publicPart(event) } : {}) });
    return event ?? eventOnDevice(eventId)?.event ?? eventWithoutNames(eventId, [groupId]);
  }, [eventId, groupId, access.role, access.token]);
  if (loaded.status !== 'ready') return <LoadPending loaded={loaded} narrow />;
  const event = loaded.value;
  const group: GroupInfo | undefined = event.id === eventId ? event.groups.find((candidate) => candidate.id === groupId) : undefined;
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

/** The event as the server describes it; null with no network (the board opens from this phone's copy). */
async function loadEventInfoOrKept(eventId: EventId, access: BoardAccess): Promise<PublicEvent | null> {
  try {
    return await loadEventInfo(eventId, credentialOf(access));
  } catch (error) {
    if (error instanceof ApiError && error.reason === 'network') return null;
    throw error;
  }
}

/** Only what every participant is told: an organizer's answer also carries the join code and settings. */
function publicPart(event: PublicEvent): PublicEvent {
  const { id, title, date, place, timeZone, language, categories, groups, purgeAt } = event;
  return { id, title, date, place, timeZone, language, categories, groups, purgeAt };
}

function credentialOf(access: BoardAccess): Parameters<typeof loadEventInfo>[1] {
  switch (access.role) {
    case 'organizer':
      return { kind: 'organizer', key: access.token };
    case 'participant':
      return { kind: 'joinCode', joinCode: access.joinCode };
    case 'facilitator':
      return access.joinCode ? { kind: 'joinCode', joinCode: access.joinCode } : { kind: 'key', key: access.token };
  }
}
