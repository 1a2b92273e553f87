import { useTranslation } from 'react-i18next';
import { Link } from './components/Link.js';
import { LanguageSwitch } from './components/LanguageSwitch.js';
import { useRoute } from './hooks/useRoute.js';
import { BoardPage } from './pages/BoardPage.js';
import { CreateEventPage } from './pages/create/CreateEventPage.js';
import { HomePage } from './pages/HomePage.js';
import { JoinPage } from './pages/JoinPage.js';
import { OrganizerPage } from './pages/organizer/OrganizerPage.js';
import { paths, type Route } from './routing/routes.js';

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  return (
    <>
      <header className="app-bar">
        <Link className="brand" href={paths.home()}>
          {t('app.name')}
        </Link>
        <LanguageSwitch />
      </header>
      <RoutePage route={route} />
    </>
  );
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
    case 'join':
      return <JoinPage key={route.joinCode} joinCode={route.joinCode} />;
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
