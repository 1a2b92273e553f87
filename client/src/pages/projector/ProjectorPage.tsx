import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, PublicEvent } from '@rembuk/shared';
import { loadEventInfo } from '../../api/eventInfo.js';
import { loadServerAddress } from '../../api/serverAddress.js';
import { MissingKey } from '../../components/MissingKey.js';
import { LoadPending } from '../../components/LoadPending.js';
import { ProjectorFeed } from '../../connection/ProjectorFeed.js';
import { serverOriginOf } from '../../connection/serverOrigin.js';
import { useLoad } from '../../hooks/useLoad.js';
import { navigate } from '../../routing/navigation.js';
import { publicOrigin } from '../../routing/publicOrigin.js';
import { paths, type LinkInUrl } from '../../routing/routes.js';
import { linkKeyFor, organizerKeyFor, rememberLinkKey, type LinkKey } from '../../storage/credentials.js';
import { WallScreen } from './WallScreen.js';

/**
 * The projector: a live, read-only wall of every group's cards approved for the screen. Opened with a projector
 * link, or on a device that already holds the event's facilitator or organizer key (a facilitator projecting the
 * wall from the dashboard's laptop).
 */
export function ProjectorPage({ eventId, link }: { eventId: EventId; link: LinkInUrl | null }) {
  const { t } = useTranslation();
  const [linkKey] = useState<LinkKey | null>(() => {
    if (link) rememberLinkKey('projector', eventId, link);
    return link ?? wallKeyOnThisDevice(eventId);
  });
  // The key is on this device now; the address bar is on the big screen.
  useLayoutEffect(() => {
    if (link) navigate(`${paths.projector(eventId)}${location.search}`, { replace: true });
  }, [eventId, link]);
  if (!linkKey) {
    return <MissingKey title={t('projector.noKeyTitle')} text={t('projector.noKey')} testId="projector-no-key" />;
  }
  return <ProjectorLoader eventId={eventId} linkKey={linkKey} />;
}

/** The key this device already holds that may show the wall: a projector's, else a facilitator's, else the organizer's. */
function wallKeyOnThisDevice(eventId: EventId): LinkKey | null {
  const organizerKey = organizerKeyFor(eventId);
  return linkKeyFor('projector', eventId) ?? linkKeyFor('facilitator', eventId) ?? (organizerKey ? { key: organizerKey, joinCode: null } : null);
}

function ProjectorLoader({ eventId, linkKey }: { eventId: EventId; linkKey: LinkKey }) {
  const loaded = useLoad(
    () =>
      Promise.all([
        loadEventInfo(eventId, linkKey.joinCode ? { kind: 'joinCode', joinCode: linkKey.joinCode } : { kind: 'key', key: linkKey.key }),
        loadServerAddress(),
      ]),
    [eventId, linkKey.key, linkKey.joinCode],
  );
  if (loaded.status !== 'ready') return <LoadPending loaded={loaded} />;
  const [event, server] = loaded.value;
  // The organizer's own view of the event carries the join code its key's link lacks.
  const joinCode = linkKey.joinCode ?? (event && 'joinCode' in event && typeof event.joinCode === 'string' ? event.joinCode : null);
  // The join screen's codes are scanned by phones: the public address, not the projector laptop's localhost.
  return <ProjectorWall eventId={eventId} linkKey={{ key: linkKey.key, joinCode }} event={event} origin={publicOrigin(server, location.origin)} />;
}

interface ProjectorWallProps {
  eventId: EventId;
  linkKey: LinkKey;
  event: PublicEvent | null;
  origin: string;
}

function ProjectorWall({ eventId, linkKey, event, origin }: ProjectorWallProps) {
  const { t } = useTranslation();
  const [feed, setFeed] = useState<ProjectorFeed | null>(null);
  useEffect(() => {
    const next = new ProjectorFeed(serverOriginOf(location), eventId, linkKey.key);
    setFeed(next);
    return () => next.destroy();
  }, [eventId, linkKey.key]);
  if (!feed) return null;
  return <WallScreen feed={feed} event={event} joinCode={linkKey.joinCode} title={event?.title || t('projector.title')} origin={origin} />;
}
