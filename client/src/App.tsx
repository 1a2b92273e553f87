import { lazy, Suspense, useEffect, useRef } from 'react';
import { getI18n, useTranslation } from 'react-i18next';
import { Link } from './components/Link.js';
import { LanguageSwitch } from './components/LanguageSwitch.js';
import { useRoute } from './hooks/useRoute.js';
import { loadStaffMessages } from './i18n/staffMessages.js';
import { BoardPage } from './pages/BoardPage.js';
import { HomePage } from './pages/HomePage.js';
import { JoinPage } from './pages/JoinPage.js';
import type { AppUpdates } from './pwa/AppUpdates.js';
import { UpdateBanner } from './pwa/UpdateBanner.js';
import { paths, type Route } from './routing/routes.js';

// Participants' phones load only home, join and board; the organizer's, facilitator's and projector's pages are
// fetched (from the same origin) when someone opens them.
const CreateEventPage = lazy(staffPage(() => import('./pages/create/CreateEventPage.js').then((m) => ({ default: m.CreateEventPage }))));
const OrganizerPage = lazy(staffPage(() => import('./pages/organizer/OrganizerPage.js').then((m) => ({ default: m.OrganizerPage }))));
const QrSheetPage = lazy(staffPage(() => import('./pages/organizer/qr/QrSheetPage.js').then((m) => ({ default: m.QrSheetPage }))));
const FacilitatorPage = lazy(staffPage(() => import('./pages/facilitator/FacilitatorPage.js').then((m) => ({ default: m.FacilitatorPage }))));
const ProjectorPage = lazy(staffPage(() => import('./pages/projector/ProjectorPage.js').then((m) => ({ default: m.ProjectorPage }))));

/**
 * A staff page's chunk and the messages only staff pages use (i18n/staffMessages.ts) arrive together, so it never
 * renders a missing message. react-i18next's `getI18n` is the instance main.tsx created before the first render.
 */
function staffPage<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadStaffMessages(getI18n())]).then(([page]) => page);
}

export function App({ updates }: { updates: AppUpdates }) {
  const route = useRoute();
  const { t } = useTranslation();
  useUpdateOnNavigation(updates, route);
  return (
    <>
      <UpdateBanner updates={updates} />
      {/* The projector is the audience's screen: no app bar there (its own controls fade out). */}
      {route.page !== 'projector' && (
        <header className="app-bar">
          <Link className="brand" href={paths.home()}>
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </header>
      )}
      <Suspense fallback={<main className="page narrow"><p>{t('common.loading')}</p></main>}>
        <RoutePage route={route} />
      </Suspense>
    </>
  );
}

/** A waiting new version is applied when the participant moves to another page (not on the first render). */
function useUpdateOnNavigation(updates: AppUpdates, route: Route): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    updates.applyOnNavigation();
  }, [updates, route]);
}

function RoutePage({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'create':
      return <CreateEventPage />;
    case 'organizer':
      return <OrganizerPage key={route.eventId} eventId={route.eventId} keyInUrl={route.keyInUrl} />;
    case 'organizerQr':
      return <QrSheetPage key={route.eventId} eventId={route.eventId} />;
    case 'facilitator':
      return <FacilitatorPage key={route.eventId} eventId={route.eventId} link={route.link} />;
    case 'projector':
      return <ProjectorPage key={route.eventId} eventId={route.eventId} link={route.link} />;
    case 'join':
      return <JoinPage key={`${route.joinCode}/${route.groupId ?? ''}`} joinCode={route.joinCode} groupId={route.groupId} />;
    case 'board':
      return <BoardPage key={`${route.eventId}.${route.groupId}`} eventId={route.eventId} groupId={route.groupId} />;
    case 'notFound':
      return (
        <main className="page narrow" data-testid="not-found">
          <h1>{t('notFound.title')}</h1>
          <Link href={paths.home()}>{t('common.toHome')}</Link>
        </main>
      );
  }
}
