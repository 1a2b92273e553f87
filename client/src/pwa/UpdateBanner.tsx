import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppUpdates } from './AppUpdates.js';

/** "A new version is ready — reload": shown, never forced. */
export function UpdateBanner({ updates }: { updates: AppUpdates }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(updates.subscribe, updates.getState);
  if (state !== 'waiting') return null;
  return (
    <div className="update-banner" role="status" data-testid="app-update">
      <span>{t('appUpdate.available')}</span>
      <button type="button" className="button button--small" data-testid="app-update-reload" onClick={updates.apply}>
        {t('appUpdate.reload')}
      </button>
    </div>
  );
}
