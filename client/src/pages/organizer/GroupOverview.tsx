import { useTranslation } from 'react-i18next';
import type { OrganizerEvent } from '@rembuk/shared';
import { Link } from '../../components/Link.js';
import { useEventPresence } from '../../hooks/useEventPresence.js';
import { paths } from '../../routing/routes.js';

/** Every group with how many devices are on its board right now, and a way in. */
export function GroupOverview({ event, organizerKey }: { event: OrganizerEvent; organizerKey: string }) {
  const { t } = useTranslation();
  const presence = useEventPresence(event.id, organizerKey);
  return (
    <section className="panel" aria-labelledby="groups-title">
      <h2 id="groups-title">{t('organizer.groupsTitle')}</h2>
      <p>
        <Link className="button button--primary" href={paths.facilitator(event.id)} data-testid="open-dashboard">
          {t('dashboard.open')}
        </Link>
      </p>
      <p className="muted" data-testid="groups-live">{presence ? t('organizer.groupsLive') : t('organizer.groupsConnecting')}</p>
      <ul className="group-list">
        {event.groups.map((group) => {
          const count = presence?.get(group.id)?.count;
          return (
            <li key={group.id} className="group-item" data-testid="group-item" data-group-id={group.id}>
              <span className="group-item-name">{group.name}</span>
              <span className="group-item-count" data-testid="group-presence">
                {count === undefined ? t('organizer.groupCountUnknown') : t('organizer.groupOnline', { count })}
              </span>
              <Link className="button button--small" href={paths.board(event.id, group.id)} data-testid="group-open-board">
                {t('organizer.openBoard')}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
