import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, OrganizerEvent, ServerAddress } from '@rembuk/shared';
import { getOrganizerEvent } from '../../api/restClient.js';
import { loadServerAddress } from '../../api/serverAddress.js';
import { CopyField } from '../../components/CopyField.js';
import { EventFacts } from '../../components/EventFacts.js';
import { MissingKey } from '../../components/MissingKey.js';
import { LoadPending } from '../../components/LoadPending.js';
import { formatEventDateTime } from '../../format/eventTime.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { useLoad } from '../../hooks/useLoad.js';
import { navigate } from '../../routing/navigation.js';
import { publicOrigin } from '../../routing/publicOrigin.js';
import { paths } from '../../routing/routes.js';
import { Link } from '../../components/Link.js';
import { forgetEvent, organizerKeyFor, rememberOrganizerKey } from '../../storage/credentials.js';
import { AccessKeysPanel } from './AccessKeysPanel.js';
import { DeleteEventPanel } from './DeleteEventPanel.js';
import { ExportPanel } from './ExportPanel.js';
import { storeFreshLinks } from './freshLinks.js';
import { GroupOverview } from './GroupOverview.js';
import { LocalAddressWarning } from './LocalAddressWarning.js';
import { SettingsPanel } from './SettingsPanel.js';

export function OrganizerPage({ eventId, keyInUrl }: { eventId: EventId; keyInUrl: string | null }) {
  const { t } = useTranslation();
  const [organizerKey] = useState(() => {
    if (keyInUrl) rememberOrganizerKey(eventId, keyInUrl);
    return keyInUrl ?? organizerKeyFor(eventId);
  });
  // The key now lives on this device; take it out of the address bar so it is not shown on a projector.
  useLayoutEffect(() => {
    if (keyInUrl) navigate(paths.organizer(eventId), { replace: true });
  }, [eventId, keyInUrl]);

  if (!organizerKey) {
    return <MissingKey title={t('organizer.noKeyTitle')} text={t('organizer.noKey')} testId="organizer-no-key" />;
  }
  return <OrganizerLoader eventId={eventId} organizerKey={organizerKey} />;
}

function OrganizerLoader({ eventId, organizerKey }: { eventId: EventId; organizerKey: string }) {
  // The address comes with the event, so no link is ever shown with the browser's own (localhost) first.
  const loaded = useLoad(() => Promise.all([getOrganizerEvent(eventId, organizerKey), loadServerAddress()]), [eventId, organizerKey]);
  if (loaded.status !== 'ready') return <LoadPending loaded={loaded} />;
  const [event, server] = loaded.value;
  return <OrganizerView event={event} organizerKey={organizerKey} server={server} />;
}

interface OrganizerViewProps {
  event: OrganizerEvent;
  organizerKey: string;
  server: ServerAddress | null;
}

function OrganizerView({ event: loadedEvent, organizerKey, server }: OrganizerViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [event, setEvent] = useState(loadedEvent);
  const [deleted, setDeleted] = useState(false);
  if (deleted) {
    return (
      <main className="page narrow" data-testid="event-deleted">
        <h1>{t('deleteEvent.doneTitle')}</h1>
        <p>{t('deleteEvent.done')}</p>
        <Link className="button button--primary" href={paths.home()}>
          {t('common.toHome')}
        </Link>
      </main>
    );
  }
  const origin = publicOrigin(server, location.origin);
  const participantLink = `${origin}${paths.join(event.joinCode)}`;
  const organizerLink = `${origin}${paths.organizerWithKey(event.id, organizerKey)}`;

  return (
    <main className="page" data-testid="organizer-page">
      <p className="eyebrow">{t('organizer.eyebrow')}</p>
      <h1 data-testid="organizer-event-title">{event.title}</h1>
      <EventFacts event={event} />
      <p className="muted">
        {t('organizer.created', { when: formatEventDateTime(new Date(event.createdAt), event.timeZone, language) })}
      </p>

      <LocalAddressWarning server={server} linkOrigin={origin} organizerPath={paths.organizerWithKey(event.id, organizerKey)} />

      <div className="organizer-grid">
        <section className="panel" aria-labelledby="share-title">
          <h2 id="share-title">{t('organizer.shareTitle')}</h2>
          <p>{t('organizer.shareText')}</p>
          <p className="join-code-label">{t('organizer.joinCode')}</p>
          <p className="join-code" data-testid="join-code">{event.joinCode}</p>
          <CopyField label={t('organizer.participantLink')} value={participantLink} testId="participant-link" />
          <p>
            <Link className="button" href={paths.organizerQr(event.id)} data-testid="open-qr-sheet">
              {t('joinQr.sheet.open')}
            </Link>
          </p>
        </section>

        <section className="panel panel--warning" aria-labelledby="private-title">
          <h2 id="private-title">{t('organizer.privateTitle')}</h2>
          <p>{t('organizer.privateText')}</p>
          <CopyField label={t('organizer.organizerLink')} value={organizerLink} testId="organizer-link" />
        </section>
      </div>

      <GroupOverview event={event} organizerKey={organizerKey} />
      <AccessKeysPanel event={event} organizerKey={organizerKey} origin={origin} />
      <ExportPanel eventId={event.id} organizerKey={organizerKey} eventLanguage={event.language} />
      <SettingsPanel event={event} organizerKey={organizerKey} onSaved={setEvent} />
      <DeleteEventPanel
        eventId={event.id}
        organizerKey={organizerKey}
        onDeleted={() => {
          forgetEvent(event.id);
          storeFreshLinks(event.id, []);
          setDeleted(true);
        }}
      />
    </main>
  );
}
