import { useTranslation } from 'react-i18next';
import type { PublicEvent } from '@rembuk/shared';
import { formatEventDate } from '../format/eventTime.js';
import { useLanguage } from '../i18n/useLanguage.js';

/** Date, place and time zone of an event, in the reader's language. */
export function EventFacts({ event }: { event: PublicEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const facts = [
    event.date ? formatEventDate(event.date, language) : null,
    event.place,
    t(`timeZone.${event.timeZone}`),
  ].filter((fact): fact is string => !!fact);
  return (
    <p className="event-facts" data-testid="event-facts">
      {facts.join(' · ')}
    </p>
  );
}
