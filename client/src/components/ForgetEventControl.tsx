import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@rembuk/shared';
import { navigate } from '../routing/navigation.js';
import { paths } from '../routing/routes.js';
import { forgetEventOnDevice } from '../storage/deviceRetention.js';
import { eventOnDevice } from '../storage/eventsOnDevice.js';

interface ForgetEventControlProps {
  eventId: EventId;
  /** How to forget from a page that has the event's board open (it closes the board first); default: from storage. */
  forget?: () => Promise<void>;
}

/**
 * "Remove this event from this phone": someone else may look at a survivor's phone. Asks once more inline (no
 * browser dialog), because edits not yet sent are lost with it; cards already sent stay on the group's board.
 */
export function ForgetEventControl({ eventId, forget }: ForgetEventControlProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'closed' | 'asking' | 'forgetting'>('closed');
  const [held] = useState(() => eventOnDevice(eventId) !== null);
  if (!held && !forget) return null;

  const confirm = () => {
    setStep('forgetting');
    void (forget ?? (() => forgetEventOnDevice(eventId)))().finally(() => navigate(paths.home(), { replace: true }));
  };

  return (
    <section className="forget-event" aria-label={t('forgetEvent.title')} data-testid="forget-event">
      {step === 'closed' ? (
        <button type="button" className="button button--quiet" data-testid="forget-event-open" onClick={() => setStep('asking')}>
          {t('forgetEvent.open')}
        </button>
      ) : (
        <div className="panel panel--warning" role="group">
          <p>{t('forgetEvent.explain')}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" data-testid="forget-event-confirm" disabled={step === 'forgetting'} onClick={confirm}>
              {t('forgetEvent.confirm')}
            </button>
            <button type="button" className="button button--quiet" disabled={step === 'forgetting'} onClick={() => setStep('closed')}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
