import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicEvent } from '@rembuk/shared';
import { QrCode } from '../../../components/QrCode.js';
import { TypedUrl } from '../../../components/TypedUrl.js';
import { displayJoinCode, joinUrl } from '../../../routing/joinUrls.js';
import { GroupQrGrid } from './GroupQrGrid.js';
// Here rather than in main.tsx: only the projector and the organizer's QR sheet draw this screen.
import '../../../styles/joinScreen.css';

/** From this many groups on, the group codes get the larger part of the screen. */
const MANY_GROUPS = 12;

interface JoinScreenProps {
  event: PublicEvent;
  /** From the projector link's fragment (`#key=…&join=…`); without it there is nothing to encode. */
  joinCode: string | null;
  /** Where phones reach this server (see publicOrigin), not necessarily the origin of this page. */
  origin: string;
}

/**
 * What the projector shows while people come in: the event's join address, code and QR code very large, and one
 * code per group that opens the join page with that group already chosen. It fills the viewport (1920×1080 down
 * to 1280×720 and 4:3) without scrolling, above any app chrome.
 */
export function JoinScreen({ event, joinCode, origin }: JoinScreenProps) {
  const { t } = useTranslation();
  const titleId = useId();
  if (!joinCode) {
    return (
      <section className="join-screen join-screen--missing" data-testid="join-screen-no-code" aria-labelledby={titleId}>
        <h1 className="join-screen-title" id={titleId}>{event.title}</h1>
        <div className="join-screen-missing" role="alert">
          <h2>{t('joinQr.screen.noJoinCodeTitle')}</h2>
          <p>{t('joinQr.screen.noJoinCode')}</p>
        </div>
      </section>
    );
  }
  const eventUrl = joinUrl(origin, joinCode);
  const grouped = event.groups.length > 1;
  const layout = !grouped ? ' join-screen--single' : event.groups.length >= MANY_GROUPS ? ' join-screen--many' : '';
  return (
    <section
      className={`join-screen${layout}`}
      data-testid="join-screen"
      aria-labelledby={titleId}
    >
      <h1 className="join-screen-title" id={titleId}>{event.title}</h1>
      <div className="join-screen-event">
        <p className="join-screen-scan">{t('joinQr.scanToJoin')}</p>
        <QrCode className="join-screen-event-qr" text={eventUrl} label={t('joinQr.qrOf', { name: event.title })} testId="join-screen-event-qr" />
        <p className="join-screen-or">{t('joinQr.orType')}</p>
        <p className="join-screen-url">
          <TypedUrl url={eventUrl} testId="join-screen-url" />
        </p>
        <p className="join-screen-code-label">{t('joinQr.joinCode')}</p>
        <p className="join-screen-code" data-testid="join-screen-code">{displayJoinCode(joinCode)}</p>
      </div>
      {grouped && (
        <div className="join-screen-by-group">
          <h2 className="join-screen-groups-title">{t('joinQr.screen.groupsTitle')}</h2>
          <GroupQrGrid groups={event.groups} joinCode={joinCode} origin={origin} />
        </div>
      )}
    </section>
  );
}
