import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, PublicEvent } from '@rembuk/shared';
import { loadEventInfo } from '../../api/eventInfo.js';
import { MissingKey } from '../../components/MissingKey.js';
import { LoadPending } from '../../components/LoadPending.js';
import { useLoad } from '../../hooks/useLoad.js';
import { navigate } from '../../routing/navigation.js';
import { paths, type LinkInUrl } from '../../routing/routes.js';
import { linkKeyFor, organizerKeyFor, rememberLinkKey } from '../../storage/credentials.js';
import { DashboardView } from './DashboardView.js';

/** The key this dashboard runs with: a facilitator link's, or the organizer's own. */
interface DashboardKey {
  key: string;
  joinCode: string | null;
  isOrganizer: boolean;
}

/** A facilitator link just opened wins; then the organizer key kept on this device, then a facilitator key. */
function dashboardKeyFor(eventId: EventId, link: LinkInUrl | null): DashboardKey | null {
  const organizerKey = organizerKeyFor(eventId);
  if (link) {
    if (link.key !== organizerKey) rememberLinkKey('facilitator', eventId, link);
    return { ...link, isOrganizer: link.key === organizerKey };
  }
  if (organizerKey) return { key: organizerKey, joinCode: null, isOrganizer: true };
  const facilitator = linkKeyFor('facilitator', eventId);
  return facilitator ? { ...facilitator, isOrganizer: false } : null;
}

export function FacilitatorPage({ eventId, link }: { eventId: EventId; link: LinkInUrl | null }) {
  const { t } = useTranslation();
  const [dashboardKey] = useState(() => dashboardKeyFor(eventId, link));
  // The key now lives on this device; take it out of the address bar before the screen is projected.
  useLayoutEffect(() => {
    if (link) navigate(paths.facilitator(eventId), { replace: true });
  }, [eventId, link]);

  if (!dashboardKey) {
    return <MissingKey title={t('dashboard.noKeyTitle')} text={t('dashboard.noKey')} testId="dashboard-no-key" />;
  }
  return <DashboardLoader eventId={eventId} dashboardKey={dashboardKey} />;
}

function DashboardLoader({ eventId, dashboardKey }: { eventId: EventId; dashboardKey: DashboardKey }) {
  const { key, joinCode, isOrganizer } = dashboardKey;
  const loaded = useLoad<PublicEvent | null>(
    () =>
      loadEventInfo(
        eventId,
        isOrganizer ? { kind: 'organizer', key } : joinCode ? { kind: 'joinCode', joinCode } : { kind: 'key', key },
      ),
    [eventId, key, joinCode, isOrganizer],
  );
  if (loaded.status !== 'ready') return <LoadPending loaded={loaded} />;
  return <DashboardView eventId={eventId} dashboardKey={key} event={loaded.value} isOrganizer={isOrganizer} />;
}
