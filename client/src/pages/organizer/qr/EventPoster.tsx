import { useTranslation } from 'react-i18next';
import type { OrganizerEvent } from '@rembuk/shared';
import { EventFacts } from '../../../components/EventFacts.js';
import { QrCode } from '../../../components/QrCode.js';
import { TypedUrl } from '../../../components/TypedUrl.js';
import { displayJoinCode, joinUrl } from '../../../routing/joinUrls.js';

/** A whole A4 page for the door or the registration desk: the event's own code, where people pick their group. */
export function EventPoster({ event, origin }: { event: OrganizerEvent; origin: string }) {
  const { t } = useTranslation();
  const url = joinUrl(origin, event.joinCode);
  return (
    <section className="qr-page qr-poster" data-testid="qr-poster">
      <p className="qr-poster-eyebrow">{t('joinQr.sheet.wholeEvent')}</p>
      <h2 className="qr-poster-title">{event.title}</h2>
      <EventFacts event={event} />
      <p className="qr-poster-scan">{t('joinQr.scanToJoin')}</p>
      <QrCode className="qr-poster-code" text={url} label={t('joinQr.qrOf', { name: event.title })} testId="qr-event-code" />
      <p className="qr-poster-url">
        {t('joinQr.orType')} <TypedUrl url={url} className="qr-url" testId="qr-event-url" />
      </p>
      <p className="qr-poster-code-label">{t('joinQr.joinCode')}</p>
      <p className="qr-poster-join-code">{displayJoinCode(event.joinCode)}</p>
      <p className="qr-poster-choose">{t('joinQr.sheet.chooseGroup')}</p>
    </section>
  );
}
