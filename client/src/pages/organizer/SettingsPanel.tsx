import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type OrganizerEvent } from '@rembuk/shared';
import { updateEventSettings } from '../../api/restClient.js';
import { errorText } from '../../components/LoadFailure.js';
import { formatEventDateTime } from '../../format/eventTime.js';
import { useLanguage } from '../../i18n/useLanguage.js';

/** The bounds the server accepts (UpdateEventSettingsBody). */
const VOTES_MAX = LIMITS.maxVotes;
const PURGE_DAYS_MAX = LIMITS.maxPurgeAfterDays;

interface SettingsPanelProps {
  event: OrganizerEvent;
  organizerKey: string;
  onSaved: (event: OrganizerEvent) => void;
}

type Draft = Record<'votesPerParticipant' | 'votesPerCard' | 'purgeAfterDays', string> & { allowReadingOtherGroups: boolean };

/** Voting budgets, whether groups may read each other's boards, and how long the event is kept. */
export function SettingsPanel({ event, organizerKey, onSaved }: SettingsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ids = { perParticipant: useId(), perCard: useId(), purge: useId() };
  const [draft, setDraft] = useState<Draft>(() => draftOf(event));
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const numbers = {
    votesPerParticipant: wholeNumber(draft.votesPerParticipant, VOTES_MAX),
    votesPerCard: wholeNumber(draft.votesPerCard, VOTES_MAX),
    purgeAfterDays: wholeNumber(draft.purgeAfterDays, PURGE_DAYS_MAX),
  };
  const valid = Object.values(numbers).every((value) => value !== null);

  const save = async (submit: FormEvent) => {
    submit.preventDefault();
    if (!valid) return;
    setStatus({ kind: 'saving' });
    try {
      const saved = await updateEventSettings(event.id, organizerKey, {
        allowReadingOtherGroups: draft.allowReadingOtherGroups,
        votesPerParticipant: numbers.votesPerParticipant ?? undefined,
        votesPerCard: numbers.votesPerCard ?? undefined,
        purgeAfterDays: numbers.purgeAfterDays ?? undefined,
      });
      onSaved(saved);
      setDraft(draftOf(saved));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error, t) });
    }
  };
  const edit = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setStatus({ kind: 'idle' });
  };

  return (
    <section className="panel" aria-labelledby="settings-title" data-testid="settings-panel">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <form onSubmit={(submit) => void save(submit)} noValidate>
        <div className="field-grid">
          <NumberField id={ids.perParticipant} label={t('settings.votesPerParticipant')} value={draft.votesPerParticipant} invalid={numbers.votesPerParticipant === null} testId="settings-votes-participant" onChange={(value) => edit({ votesPerParticipant: value })} />
          <NumberField id={ids.perCard} label={t('settings.votesPerCard')} value={draft.votesPerCard} invalid={numbers.votesPerCard === null} testId="settings-votes-card" onChange={(value) => edit({ votesPerCard: value })} />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.allowReadingOtherGroups}
            data-testid="settings-read-others"
            onChange={(change) => edit({ allowReadingOtherGroups: change.target.checked })}
          />
          <span>{t('settings.allowReadingOtherGroups')}</span>
        </label>
        <h3>{t('settings.retentionTitle')}</h3>
        <p data-testid="purge-date">
          {t('settings.purgeAt', { when: formatEventDateTime(new Date(event.purgeAt), event.timeZone, language) })}
        </p>
        <NumberField id={ids.purge} label={t('settings.purgeAfterDays')} hint={t('settings.purgeHint')} value={draft.purgeAfterDays} invalid={numbers.purgeAfterDays === null} testId="settings-purge-days" onChange={(value) => edit({ purgeAfterDays: value })} />
        {!valid && <p className="error" role="alert">{t('settings.invalid')}</p>}
        <button type="submit" className="button button--primary" disabled={!valid || status.kind === 'saving'} data-testid="settings-save">
          {t('settings.save')}
        </button>
        {status.kind === 'saved' && <p role="status" data-testid="settings-saved">{t('settings.saved')}</p>}
        {status.kind === 'failed' && <p className="error" role="alert">{status.message}</p>}
      </form>
    </section>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  invalid: boolean;
  testId: string;
  onChange: (value: string) => void;
}

function NumberField({ id, label, hint, value, invalid, testId, onChange }: NumberFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field-hint">{hint}</p>}
      <input id={id} type="text" inputMode="numeric" className="number-input" value={value} aria-invalid={invalid} data-testid={testId} onChange={(change) => onChange(change.target.value)} />
    </div>
  );
}

function draftOf(event: OrganizerEvent): Draft {
  return {
    allowReadingOtherGroups: event.settings.allowReadingOtherGroups,
    votesPerParticipant: String(event.settings.votesPerParticipant),
    votesPerCard: String(event.settings.votesPerCard),
    purgeAfterDays: String(event.settings.purgeAfterDays),
  };
}

function wholeNumber(text: string, max: number): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= 1 && value <= max ? value : null;
}
