import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REGION_GROUPS, LANGUAGES, LIMITS, TIME_ZONES, type Language, type TimeZoneLabel } from '@rembuk/shared';
import { ApiError, createEvent, type NewEventRequest } from '../../api/restClient.js';
import { errorText } from '../../components/LoadFailure.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { navigate } from '../../routing/navigation.js';
import { paths } from '../../routing/routes.js';
import { rememberOrganizerKey } from '../../storage/credentials.js';
import { GroupListEditor } from './GroupListEditor.js';
import { groupListProblem, rowsFrom, type GroupRow } from './groupList.js';

/** Most Indonesian anti-trafficking meetings of this kind happen in Bali, NTB or NTT: central Indonesian time. */
const DEFAULT_TIME_ZONE: TimeZoneLabel = 'WITA';

export function CreateEventPage() {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [timeZone, setTimeZone] = useState<TimeZoneLabel>(DEFAULT_TIME_ZONE);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [groups, setGroups] = useState<GroupRow[]>(() => rowsFrom(DEFAULT_REGION_GROUPS));
  const [problems, setProblems] = useState<string[]>([]);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: string[] = [];
    if (!title.trim()) found.push(t('create.problem.title'));
    const groupProblem = groupListProblem(groups);
    if (groupProblem !== 'none') found.push(t(`create.problem.groups.${groupProblem}`, { max: LIMITS.maxGroups }));
    setProblems(found);
    if (found.length > 0) return;

    const body: NewEventRequest = {
      title: title.trim(),
      timeZone,
      language,
      groups: groups.map((row) => row.name.trim()),
      ...(date ? { date } : {}),
      ...(place.trim() ? { place: place.trim() } : {}),
    };
    setSending(true);
    try {
      const reply = await createEvent(body);
      rememberOrganizerKey(reply.event.id, reply.organizerKey);
      navigate(paths.organizer(reply.event.id));
    } catch (error) {
      setSending(false);
      const details = error instanceof ApiError ? error.issues : [];
      setProblems([errorText(error, t), ...details]);
    }
  };

  return (
    <main className="page narrow" data-testid="create-page">
      <h1>{t('create.title')}</h1>
      <p className="lead">{t('create.lead')}</p>
      <form className="panel" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="event-title">{t('create.eventTitle')}</label>
          <input
            id="event-title"
            type="text"
            required
            maxLength={LIMITS.maxTitleLength}
            value={title}
            data-testid="event-title"
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field-grid">
          <div className="field">
            <label htmlFor="event-date">{t('create.date')}</label>
            <input
              id="event-date"
              type="date"
              value={date}
              data-testid="event-date"
              onChange={(event) => setDate(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="event-time-zone">{t('create.timeZone')}</label>
            <select
              id="event-time-zone"
              value={timeZone}
              data-testid="event-time-zone"
              onChange={(event) => setTimeZone(TIME_ZONES.find((zone) => zone === event.target.value) ?? DEFAULT_TIME_ZONE)}
            >
              {TIME_ZONES.map((zone) => (
                <option key={zone} value={zone}>
                  {t(`timeZone.${zone}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor="event-place">{t('create.place')}</label>
          <input
            id="event-place"
            type="text"
            maxLength={LIMITS.maxTitleLength}
            value={place}
            data-testid="event-place"
            onChange={(event) => setPlace(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="event-language">{t('create.language')}</label>
          <select
            id="event-language"
            value={language}
            data-testid="event-language"
            onChange={(event) => setLanguage(LANGUAGES.find((choice) => choice === event.target.value) ?? 'id')}
          >
            {LANGUAGES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`language.name.${choice}`)}
              </option>
            ))}
          </select>
        </div>
        <GroupListEditor rows={groups} onChange={setGroups} />
        {problems.length > 0 && (
          <ul className="error" role="alert" data-testid="create-problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <button type="submit" className="button button--primary button--wide" disabled={sending} data-testid="create-submit">
          {sending ? t('create.sending') : t('create.submit')}
        </button>
      </form>
    </main>
  );
}
