import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, PublicEvent } from '@rembuk/shared';
import { Link } from '../../components/Link.js';
import type { DashboardConnection, DashboardLinkState } from '../../connection/DashboardConnection.js';
import { useDashboardConnection, useDashboardState } from '../../hooks/useDashboard.js';
import { useEventLanguage } from '../../hooks/useEventLanguage.js';
import { useSessionView } from '../../hooks/useSession.js';
import { paths } from '../../routing/routes.js';
import { AllGroupsControls } from './AllGroupsControls.js';
import { BroadcastPanel } from './BroadcastPanel.js';
import { GroupTable } from './GroupTable.js';

// Only the organizer and lead facilitators get themes: their panel is a chunk of its own, fetched by who shows it.
const ThemesPanel = lazy(() => import('./themes/ThemesPanel.js').then((m) => ({ default: m.ThemesPanel })));

interface DashboardViewProps {
  eventId: EventId;
  dashboardKey: string;
  /** Null when this key cannot read the event's names (groups are then named by id). */
  event: PublicEvent | null;
  isOrganizer: boolean;
}

export function DashboardView({ eventId, dashboardKey, event, isOrganizer }: DashboardViewProps) {
  const { t } = useTranslation();
  useEventLanguage(event?.language ?? 'id');
  const connection = useDashboardConnection(eventId, dashboardKey);
  return (
    <main className="page page--wide" data-testid="dashboard-page">
      <div className="dashboard-head">
        <div>
          <p className="eyebrow">{t('dashboard.eyebrow')}</p>
          <h1 data-testid="dashboard-title">{event?.title || t('dashboard.title')}</h1>
        </div>
        <div className="button-row">
          {/* A window of its own, to drag onto the projector's screen; this device's key opens it. */}
          <a className="button button--quiet" href={paths.projector(eventId)} target="_blank" rel="noopener" data-testid="dashboard-to-wall">
            {t('dashboard.openWall')}
          </a>
          {isOrganizer && (
            <Link className="button button--quiet" href={paths.organizer(eventId)} data-testid="dashboard-to-organizer">
              {t('board.backToOrganizer')}
            </Link>
          )}
        </div>
      </div>
      {connection && <LiveDashboard connection={connection} eventId={eventId} event={event} />}
    </main>
  );
}

function LiveDashboard({ connection, eventId, event }: { connection: DashboardConnection; eventId: EventId; event: PublicEvent | null }) {
  const { t } = useTranslation();
  const { state, dashboard, presence, devices, hasThemes } = useDashboardState(connection);
  const view = useSessionView(connection.session);
  if (state.kind === 'closed') {
    return (
      <div className="panel panel--warning" role="alert" data-testid="dashboard-closed" data-reason={state.reason}>
        <h2>{state.reason === 'revoked' ? t('dashboard.closedRevokedTitle') : t('dashboard.closedRefusedTitle')}</h2>
        <p>{state.reason === 'revoked' ? t('dashboard.closedRevoked') : t('dashboard.closedRefused')}</p>
      </div>
    );
  }
  const rows = dashboard?.rows ?? [];
  const nameOf = (groupId: string) => event?.groups.find((group) => group.id === groupId)?.name ?? groupId;
  const runsEveryGroup = event ? rows.length === event.groups.length : true;
  const timers = (view?.groups ?? []).map((group) => group.timer);
  return (
    <>
      <p className={`dashboard-state dashboard-state--${state.kind}`} role="status" data-testid="dashboard-state" data-state={state.kind}>
        {linkText(state, t)}
      </p>
      {dashboard === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <div className="dashboard-controls">
            <AllGroupsControls connection={connection} groupCount={rows.length} timers={timers} />
            {runsEveryGroup && <BroadcastPanel connection={connection} message={view?.message ?? null} />}
          </div>
          <GroupTable
            connection={connection}
            eventId={eventId}
            snapshot={dashboard}
            sessions={view?.groups ?? []}
            presence={presence}
            devices={devices}
            groupName={nameOf}
          />
          {hasThemes && (
            <Suspense fallback={<p>{t('common.loading')}</p>}>
              <ThemesPanel connection={connection} groupName={nameOf} timeZone={event?.timeZone ?? 'WITA'} />
            </Suspense>
          )}
        </>
      )}
    </>
  );
}

function linkText(state: Exclude<DashboardLinkState, { kind: 'closed' }>, t: ReturnType<typeof useTranslation>['t']): string {
  switch (state.kind) {
    case 'connecting':
      return t('connection.connecting');
    case 'connected':
      return t('dashboard.live');
    case 'reconnecting':
      return t('dashboard.reconnecting');
  }
}
