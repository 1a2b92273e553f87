import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupInfo, OrganizerEvent } from '@rembuk/shared';
import { Link } from '../../../components/Link.js';
import { paths } from '../../../routing/routes.js';
import { JoinScreen } from '../../projector/join/JoinScreen.js';
import { EventPoster } from './EventPoster.js';
import { TableTent } from './TableTent.js';
// Here rather than in main.tsx: only this page prints, and its @page rule should not reach any other.
import '../../../styles/qrSheet.css';

/** Table tents per A4 page: each half of the page folds into one. */
const TENTS_PER_PAGE = 2;

/**
 * Everything an organizer prints or projects to let people in: a poster for the event, a table tent per group,
 * and the projector's join screen to check (or to show from this laptop when no projector link is at hand).
 */
export function QrSheet({ event, origin }: { event: OrganizerEvent; origin: string }) {
  const { t } = useTranslation();
  const [showingScreen, setShowingScreen] = useState(false);
  useEffect(() => {
    if (!showingScreen) return undefined;
    const closeOnEscape = (key: KeyboardEvent) => key.key === 'Escape' && setShowingScreen(false);
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [showingScreen]);

  return (
    <main className="qr-sheet" data-testid="qr-sheet">
      <div className="qr-sheet-toolbar page">
        <Link href={paths.organizer(event.id)}>{t('joinQr.sheet.back')}</Link>
        <h1>{t('joinQr.sheet.title')}</h1>
        <p>{t('joinQr.sheet.lead')}</p>
        <p className="button-row">
          <button type="button" className="button button--primary" onClick={() => window.print()} data-testid="qr-print">
            {t('joinQr.sheet.print')}
          </button>
          <button type="button" className="button" onClick={() => setShowingScreen(true)} data-testid="qr-show-screen">
            {t('joinQr.sheet.showScreen')}
          </button>
        </p>
      </div>
      <EventPoster event={event} origin={origin} />
      {pagesOf(event.groups).map((groups) => (
        <section key={groups.map((group) => group.id).join('.')} className="qr-page qr-tent-page">
          {groups.map((group) => (
            <TableTent key={group.id} event={event} group={group} origin={origin} />
          ))}
        </section>
      ))}
      {showingScreen && (
        <>
          <JoinScreen event={event} joinCode={event.joinCode} origin={origin} />
          <button type="button" className="button qr-screen-close" onClick={() => setShowingScreen(false)} data-testid="qr-close-screen">
            {t('joinQr.sheet.closeScreen')}
          </button>
        </>
      )}
    </main>
  );
}

function pagesOf(groups: GroupInfo[]): GroupInfo[][] {
  const pages: GroupInfo[][] = [];
  for (let start = 0; start < groups.length; start += TENTS_PER_PAGE) pages.push(groups.slice(start, start + TENTS_PER_PAGE));
  return pages;
}
