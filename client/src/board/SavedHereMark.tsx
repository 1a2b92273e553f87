import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from './BoardSessionContext.js';

/**
 * "Saved on this phone": this card's edits have not reached the server yet. Each card subscribes for its own
 * yes/no, so a change to the queue re-renders only the cards whose mark changes.
 */
export function SavedHereMark({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const { queuedCards } = useBoardSession();
  const queued = useSyncExternalStore(queuedCards.subscribe, () => queuedCards.get().has(cardId));
  if (!queued) return null;
  return (
    <span className="saved-here" data-testid="card-saved-here" title={t('onPhone.savedHereHint')}>
      {t('onPhone.savedHere')}
    </span>
  );
}
