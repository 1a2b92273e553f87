import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeJoinCode } from '@rembuk/shared';
import { findEventByJoinCode } from '../api/restClient.js';
import { AnonymityNote } from '../components/AnonymityNote.js';
import { errorText } from '../components/LoadFailure.js';
import { Link } from '../components/Link.js';
import { navigate } from '../routing/navigation.js';
import { paths } from '../routing/routes.js';

/** Characters in a join code, without the dash. */
const JOIN_CODE_LENGTH = 8;

export function HomePage() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const join = async (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (normalized.length !== JOIN_CODE_LENGTH) {
      setProblem(t('home.codeShape'));
      return;
    }
    setChecking(true);
    setProblem(null);
    try {
      await findEventByJoinCode(normalized);
      navigate(paths.join(normalized));
    } catch (error) {
      setProblem(errorText(error, t));
      setChecking(false);
    }
  };

  return (
    <main className="page narrow" data-testid="home-page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <form className="panel" onSubmit={(event) => void join(event)} noValidate>
        <div className="field">
          <label htmlFor="join-code">{t('home.codeLabel')}</label>
          <input
            id="join-code"
            className="code-input"
            type="text"
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            maxLength={12}
            placeholder={t('home.codePlaceholder')}
            value={code}
            data-testid="join-code-input"
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'join-code-problem' : undefined}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        {problem && (
          <p className="error" id="join-code-problem" role="alert" data-testid="join-code-problem">
            {problem}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={checking}
          data-testid="join-code-submit"
        >
          {t('home.join')}
        </button>
      </form>
      <AnonymityNote />
      <section className="panel panel--quiet">
        <h2>{t('home.organizerTitle')}</h2>
        <p>{t('home.organizerText')}</p>
        <Link className="button" href={paths.create()} data-testid="create-event-link">
          {t('home.createEvent')}
        </Link>
      </section>
    </main>
  );
}
