import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme, ThemeKind, TimeZoneLabel } from '@rembuk/shared';
import type { DashboardConnection } from '../../../connection/DashboardConnection.js';
import { formatEventClock } from '../../../format/eventTime.js';
import { useCommand } from '../../../hooks/useCommand.js';
import { useLanguage } from '../../../i18n/useLanguage.js';
import { ThemeItem } from './ThemeItem.js';
import type { Decide, DecisionDone } from './themeDecision.js';
import '../../../styles/themes.css';

interface ThemesPanelProps {
  connection: DashboardConnection;
  groupName: (groupId: string) => string;
  /** The event's zone, which every time on the dashboard is labelled with. */
  timeZone: TimeZoneLabel;
}

/**
 * Themes across regions for the lead facilitator (and the organizer): challenges and actions apart, each theme
 * with its regions, cards and revealed votes, and the decisions (approve for the screen, rename, move a card,
 * split, merge, dismiss). The server sends themes to those keys only, so the panel shows for nobody else.
 */
/** Challenges first, as on the boards (THEME_KINDS lives beside zod schemas, which this chunk need not load). */
const KINDS: readonly ThemeKind[] = ['challenge', 'action'];

export function ThemesPanel({ connection, groupName, timeZone }: ThemesPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reply = useSyncExternalStore(connection.subscribe, connection.getThemes);
  const [kind, setKind] = useState<ThemeKind>('challenge');
  const [done, setDone] = useState<DecisionDone | null>(null);
  const { run, busy, error } = useCommand();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const decide = useCallback<Decide>(
    async (command, outcome) => {
      setDone(null);
      const ok = await run(() => connection.command(command));
      if (ok) setDone(outcome);
      // The theme a merge or dismissal took away held the focus: give it to the list.
      if (ok && (outcome === 'mergeThemes' || outcome === 'dismissTheme')) listHeading.current?.focus();
      return ok;
    },
    [run, connection],
  );
  if (!reply) return null;
  const ofKind = (themes: readonly Theme[], wanted: ThemeKind) => themes.filter((theme) => theme.kind === wanted);
  const shown = ofKind(reply.themes, kind);
  const dismissed = ofKind(reply.dismissed, kind);
  return (
    <section className="panel themes-panel" aria-labelledby="themes-title" data-testid="themes-panel">
      <div className="themes-panel-head">
        <h2 id="themes-title">{t('themes.title')}</h2>
        <p className="muted" data-testid="themes-updated">
          {t('themes.updated', { time: formatEventClock(new Date(reply.generatedAt), timeZone, language) })}
        </p>
      </div>
      <p className="muted">{t('themes.intro')}</p>
      <div className="button-row themes-kinds" role="group" aria-label={t('themes.kindsLabel')}>
        {KINDS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            className={`button button--small${candidate === kind ? ' button--on' : ''}`}
            aria-pressed={candidate === kind}
            data-testid={`themes-kind-${candidate}`}
            onClick={() => setKind(candidate)}
          >
            {t(`themes.kinds.${candidate}`)} <span className="count">{ofKind(reply.themes, candidate).length}</span>
          </button>
        ))}
      </div>
      <p className="themes-status" role="status" data-testid="themes-status">
        {done ? t(`themes.done.${done}`) : ''}
      </p>
      {error && (
        <p className="error" role="alert" data-testid="themes-error">
          {error}
        </p>
      )}
      <h3 className="visually-hidden" ref={listHeading} tabIndex={-1}>
        {t(`themes.kinds.${kind}`)}: {t('themes.count', { count: shown.length })}
      </h3>
      {shown.length === 0 ? (
        <p className="muted" data-testid="themes-empty">
          {t(`themes.empty.${kind}`)}
        </p>
      ) : (
        <ol className="themes-list" data-testid={`themes-list-${kind}`}>
          {shown.map((theme) => (
            <ThemeItem
              key={theme.id}
              theme={theme}
              otherThemes={shown.filter((other) => other.id !== theme.id)}
              groupName={groupName}
              busy={busy}
              decide={decide}
            />
          ))}
        </ol>
      )}
      {dismissed.length > 0 && (
        <details className="themes-dismissed" data-testid="themes-dismissed">
          <summary>{t('themes.dismissedTitle', { count: dismissed.length })}</summary>
          <ul>
            {dismissed.map((theme) => (
              <li key={theme.id} className="copy-row">
                <span>{theme.label}</span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  data-testid="theme-restore"
                  onClick={() => void decide({ type: 'dismissTheme', themeId: theme.id, dismissed: false }, 'restoreTheme')}
                >
                  {t('themes.restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
