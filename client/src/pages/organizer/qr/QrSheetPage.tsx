import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@rembuk/shared';
import { getOrganizerEvent } from '../../../api/restClient.js';
import { LoadFailure } from '../../../components/LoadFailure.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { organizerKeyFor } from '../../../storage/credentials.js';
import { QrSheet } from './QrSheet.js';

/**
 * The organizer's printable QR codes. Reached from the organizer page, so the key is already on this device;
 * its URL carries no key and can sit in a print queue or browser history harmlessly.
 */
export function QrSheetPage({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const [organizerKey] = useState(() => organizerKeyFor(eventId));
  if (!organizerKey) {
    return (
      <main className="page narrow" data-testid="qr-sheet-no-key">
        <h1>{t('organizer.noKeyTitle')}</h1>
        <p>{t('organizer.noKey')}</p>
      </main>
    );
  }
  return <QrSheetLoader eventId={eventId} organizerKey={organizerKey} />;
}

function QrSheetLoader({ eventId, organizerKey }: { eventId: EventId; organizerKey: string }) {
  const { t } = useTranslation();
  const loaded = useLoad(() => getOrganizerEvent(eventId, organizerKey), [eventId, organizerKey]);
  if (loaded.status === 'loading') return <main className="page"><p>{t('common.loading')}</p></main>;
  if (loaded.status === 'failed') return <main className="page narrow"><LoadFailure error={loaded.error} /></main>;
  return <QrSheet event={loaded.value} origin={location.origin} />;
}
