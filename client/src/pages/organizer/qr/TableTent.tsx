import { useTranslation } from 'react-i18next';
import type { GroupInfo, OrganizerEvent } from '@rembuk/shared';
import { QrCode } from '../../../components/QrCode.js';
import { TypedUrl } from '../../../components/TypedUrl.js';
import { displayJoinCode, joinUrl } from '../../../routing/joinUrls.js';

/**
 * One group's table tent: half an A4 page, folded on the dashed line. Both faces carry the same code, the upper
 * one turned upside down, so once folded it stands and reads right way up from both sides of the table.
 */
export function TableTent({ event, group, origin }: { event: OrganizerEvent; group: GroupInfo; origin: string }) {
  return (
    <article className="qr-tent" data-testid="qr-tent" data-group-id={group.id}>
      <TentFace event={event} group={group} origin={origin} back />
      <TentFace event={event} group={group} origin={origin} back={false} />
    </article>
  );
}

function TentFace({ event, group, origin, back }: { event: OrganizerEvent; group: GroupInfo; origin: string; back: boolean }) {
  const { t, i18n } = useTranslation();
  // A printed tent cannot switch language: it says "scan to join" in the other language too, for ASEAN guests.
  const otherLanguage = i18n.language === 'en' ? 'id' : 'en';
  const other = i18n.getFixedT(otherLanguage);
  const url = joinUrl(origin, event.joinCode, group.id);
  return (
    // The back face repeats the front; screen readers and the tests read the front only.
    <div className={`qr-tent-face${back ? ' qr-tent-face--back' : ''}`} aria-hidden={back || undefined}>
      <QrCode
        className="qr-tent-code"
        text={url}
        label={t('joinQr.qrOf', { name: group.name })}
        testId={back ? undefined : 'qr-group-code'}
      />
      <div className="qr-tent-text">
        <p className="qr-tent-event">{event.title}</p>
        <h2 className="qr-tent-group">{group.name}</h2>
        <p className="qr-tent-scan">{t('joinQr.scanToJoin')}</p>
        <p className="qr-tent-scan-other" lang={otherLanguage} data-testid={back ? undefined : 'qr-tent-scan-other'}>
          {other('joinQr.scanToJoin')}
        </p>
        <p className="qr-tent-url">
          {t('joinQr.orType')} <TypedUrl url={url} className="qr-url" testId={back ? undefined : 'qr-group-url'} />
        </p>
        <p className="qr-tent-code-text">
          {t('joinQr.joinCode')} <strong>{displayJoinCode(event.joinCode)}</strong>
        </p>
      </div>
    </div>
  );
}
