import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@rembuk/shared';
import { getOrganizerEvent } from '../../../api/restClient.js';
import { MissingKey } from '../../../components/MissingKey.js';
import { LoadPending } from '../../../components/LoadPending.js';
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
    return <MissingKey title={t('organizer.noKeyTitle')} text={t('organizer.noKey')} testId="qr-sheet-no-key" />;
  }
  return <QrSheetLoader eventId={eventId} organizerKey={organizerKey} />;
}

function QrSheetLoader({ eventId, organizerKey }: { eventId: EventId; organizerKey: string }) {
  const loaded = useLoad(() => getOrganizerEvent(eventId, organizerKey), [eventId, organizerKey]);
  if (loaded.status !== 'ready') return <LoadPending loaded={loaded} />;
  return <QrSheet event={loaded.value} origin={location.origin} />;
}
