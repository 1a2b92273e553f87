import { useTranslation } from 'react-i18next';
import type { Loaded } from '../hooks/useLoad.js';
import { LoadFailure } from './LoadFailure.js';

/**
 * What a page shows until what it loads is there: "Loading…", or why it could not be loaded. Pages write
 * `if (loaded.status !== 'ready') return <LoadPending loaded={loaded} />;` and go on with the value.
 */
export function LoadPending({ loaded, narrow = false }: { loaded: Exclude<Loaded<unknown>, { status: 'ready' }>; narrow?: boolean }) {
  const { t } = useTranslation();
  if (loaded.status === 'failed') {
    return (
      <main className="page narrow">
        <LoadFailure error={loaded.error} />
      </main>
    );
  }
  return (
    <main className={narrow ? 'page narrow' : 'page'}>
      <p>{t('common.loading')}</p>
    </main>
  );
}
