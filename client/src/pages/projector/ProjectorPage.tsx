import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, PublicEvent } from '@rembuk/shared';
import { loadEventInfo } from '../../api/eventInfo.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { ProjectorFeed } from '../../connection/ProjectorFeed.js';
import { serverOriginOf } from '../../connection/serverOrigin.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useSessionView } from '../../hooks/useSession.js';
import { navigate } from '../../routing/navigation.js';
import { paths, type LinkInUrl } from '../../routing/routes.js';
import { linkKeyFor, rememberLinkKey, type LinkKey } from '../../storage/credentials.js';
import { ProjectedGroup } from './ProjectedGroup.js';

/** A minimal live wall: every group's approved cards in large type, read-only. */
export function ProjectorPage({ eventId, link }: { eventId: EventId; link: LinkInUrl | null }) {
  const { t } = useTranslation();
  const [linkKey] = useState<LinkKey | null>(() => {
    if (link) rememberLinkKey('projector', eventId, link);
    return link ?? linkKeyFor('projector', eventId);
  });
  // The key is on this device now; the address bar is on the big screen.
  useLayoutEffect(() => {
    if (link) navigate(paths.projector(eventId), { replace: true });
  }, [eventId, link]);
  if (!linkKey) {
    return (
      <main className="page narrow" data-testid="projector-no-key">
        <h1>{t('projector.noKeyTitle')}</h1>
        <p>{t('projector.noKey')}</p>
      </main>
    );
  }
  return <ProjectorLoader eventId={eventId} linkKey={linkKey} />;
}

function ProjectorLoader({ eventId, linkKey }: { eventId: EventId; linkKey: LinkKey }) {
  const { t } = useTranslation();
  const loaded = useLoad(
    () => loadEventInfo(eventId, linkKey.joinCode ? { kind: 'joinCode', joinCode: linkKey.joinCode } : { kind: 'key', key: linkKey.key }),
    [eventId, linkKey.key, linkKey.joinCode],
  );
  if (loaded.status === 'loading') return <main className="page"><p>{t('common.loading')}</p></main>;
  if (loaded.status === 'failed') return <main className="page narrow"><LoadFailure error={loaded.error} /></main>;
  return <ProjectorWall eventId={eventId} keyValue={linkKey.key} event={loaded.value} />;
}

function ProjectorWall({ eventId, keyValue, event }: { eventId: EventId; keyValue: string; event: PublicEvent | null }) {
  const { t } = useTranslation();
  const [feed, setFeed] = useState<ProjectorFeed | null>(null);
  useEffect(() => {
    const next = new ProjectorFeed(serverOriginOf(location), eventId, keyValue);
    setFeed(next);
    return () => next.destroy();
  }, [eventId, keyValue]);
  if (!feed) return null;
  return <LiveWall feed={feed} eventId={eventId} keyValue={keyValue} event={event} title={event?.title || t('projector.title')} />;
}

function LiveWall({ feed, eventId, keyValue, event, title }: { feed: ProjectorFeed; eventId: EventId; keyValue: string; event: PublicEvent | null; title: string }) {
  const { t } = useTranslation();
  const view = useSessionView(feed.session);
  const closed = useSyncExternalStore(feed.subscribe, feed.isClosed);
  const groups = event?.groups ?? (view?.groups ?? []).map((group) => ({ id: group.groupId as PublicEvent['groups'][number]['id'], name: group.groupId }));
  return (
    <main className="projector" data-testid="projector-page">
      <h1 className="projector-title">{title}</h1>
      {closed && <p className="error" role="alert" data-testid="projector-closed">{t('connection.closed.accessRevoked')}</p>}
      {view?.message && <p className="broadcast projector-message" data-testid="broadcast-message">{view.message.text}</p>}
      <div className="projector-groups">
        {groups.map((group) => (
          <ProjectedGroup
            key={group.id}
            eventId={eventId}
            group={group}
            token={keyValue}
            session={view?.groups.find((candidate) => candidate.groupId === group.id) ?? null}
            serverNow={feed.session.serverNow}
          />
        ))}
      </div>
    </main>
  );
}
