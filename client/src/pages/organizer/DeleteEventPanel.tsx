import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@rembuk/shared';
import { deleteEvent } from '../../api/restClient.js';
import { errorText } from '../../components/LoadFailure.js';

interface DeleteEventPanelProps {
  eventId: EventId;
  organizerKey: string;
  onDeleted: () => void;
}

/** Delete everything of the event now (UU 27/2022: deletion on request), after typing a confirmation word. */
export function DeleteEventPanel({ eventId, organizerKey, onDeleted }: DeleteEventPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const word = t('deleteEvent.word');
  const confirmed = typed.trim().toUpperCase() === word.toUpperCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    setProblem(null);
    try {
      await deleteEvent(eventId, organizerKey);
      onDeleted();
    } catch (error) {
      setProblem(errorText(error, t));
      setBusy(false);
    }
  };

  return (
    <section className="panel panel--danger" aria-labelledby="delete-title" data-testid="delete-event">
      <h2 id="delete-title">{t('deleteEvent.title')}</h2>
      <p>{t('deleteEvent.text')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('deleteEvent.confirmLabel', { word })}</label>
          <input id={id} type="text" autoComplete="off" value={typed} data-testid="delete-confirm-input" onChange={(change) => setTyped(change.target.value)} />
        </div>
        <button type="submit" className="button button--danger" disabled={!confirmed || busy} data-testid="delete-event-submit">
          {t('deleteEvent.submit')}
        </button>
        {problem && <p className="error" role="alert">{problem}</p>}
      </form>
    </section>
  );
}
