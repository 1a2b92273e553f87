import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@rembuk/shared';
import { getOrganizerEvent } from '../../../api/restClient.js';
import { loadServerAddress } from '../../../api/serverAddress.js';
import { MissingKey } from '../../../components/MissingKey.js';
import { LoadPending } from '../../../components/LoadPending.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { publicOrigin } from '../../../routing/publicOrigin.js';
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
  const loaded = useLoad(() => Promise.all([getOrganizerEvent(eventId, organizerKey), loadServerAddress()]), [eventId, organizerKey]);
  if (loaded.status !== 'ready') return <LoadPending loaded={loaded} />;
  const [event, server] = loaded.value;
  // Printed codes are scanned by phones: the public address, never the one this laptop's browser used.
  return <QrSheet event={event} origin={publicOrigin(server, location.origin)} />;
}
