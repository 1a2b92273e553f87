import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '@rembuk/shared';
import { RenameThemeForm } from './RenameThemeForm.js';
import { ThemeCardRow } from './ThemeCardRow.js';
import type { Decide } from './themeDecision.js';

/** Cards listed before "show all": enough to judge a theme at a glance on a laptop. */
const CARDS_AT_FIRST = 3;

interface ThemeItemProps {
  theme: Theme;
  /** Other active themes of the same kind (merge and move targets). */
  otherThemes: readonly Theme[];
  groupName: (groupId: string) => string;
  busy: boolean;
  decide: Decide;
}

/** One theme on the lead facilitator's panel: name, regions, votes, cards, and every decision as a button. */
export function ThemeItem({ theme, otherThemes, groupName, busy, decide }: ThemeItemProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [allCards, setAllCards] = useState(false);
  const [mergeInto, setMergeInto] = useState('');
  const renameButton = useRef<HTMLButtonElement>(null);
  const ids = { label: useId(), merge: useId() };
  const cards = allCards ? theme.cards : theme.cards.slice(0, CARDS_AT_FIRST);
  const closeRename = () => {
    setRenaming(false);
    // Back where the keyboard was, once the form is gone.
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  return (
    <li className={`theme theme--${theme.kind}${theme.approved ? ' theme--approved' : ''}`} data-testid="theme" data-theme-id={theme.id} data-approved={theme.approved}>
      <article aria-labelledby={ids.label}>
        <div className="theme-head">
          <h4 id={ids.label} className="theme-label" data-testid="theme-label">
            {theme.label}
          </h4>
          {theme.approved && (
            <span className="theme-badge" data-testid="theme-approved">
              {t('themes.approved')}
            </span>
          )}
        </div>
        <p className="theme-facts">
          <span className="theme-votes" data-testid="theme-votes">{t('themes.votes', { count: theme.votes })}</span>
          <span>{t('themes.cards', { count: theme.cards.length })}</span>
          <span>{t('themes.regions', { count: theme.regions.length })}</span>
        </p>
        <ul className="theme-regions" aria-label={t('themes.regionsLabel')} data-testid="theme-regions">
          {theme.regions.map((groupId) => (
            <li key={groupId}>{groupName(groupId)}</li>
          ))}
        </ul>
        {renaming ? (
          <RenameThemeForm label={theme.label} busy={busy} onSave={(label) => decide({ type: 'renameTheme', themeId: theme.id, label }, 'renameTheme')} onClose={closeRename} />
        ) : (
          <div className="button-row theme-actions">
            <button
              type="button"
              className={`button button--small${theme.approved ? '' : ' button--primary'}`}
              disabled={busy}
              data-testid="theme-approve"
              onClick={() => void decide({ type: 'approveTheme', themeId: theme.id, approved: !theme.approved }, theme.approved ? 'unapproveTheme' : 'approveTheme')}
            >
              {theme.approved ? t('themes.unapprove') : t('themes.approve')}
            </button>
            <button type="button" className="button button--small" ref={renameButton} disabled={busy} data-testid="theme-rename" onClick={() => setRenaming(true)}>
              {t('themes.rename')}
            </button>
            <button
              type="button"
              className="button button--small button--danger-quiet"
              disabled={busy}
              data-testid="theme-dismiss"
              onClick={() => void decide({ type: 'dismissTheme', themeId: theme.id, dismissed: true }, 'dismissTheme')}
            >
              {t('themes.dismiss')}
            </button>
          </div>
        )}
        <ul className="theme-cards" aria-label={t('themes.cardsOf', { label: theme.label })}>
          {cards.map((card) => (
            <ThemeCardRow key={`${card.groupId}.${card.cardId}`} card={card} theme={theme} otherThemes={otherThemes} groupName={groupName} busy={busy} decide={decide} />
          ))}
        </ul>
        {theme.cards.length > CARDS_AT_FIRST && (
          <button type="button" className="button button--small button--quiet" aria-expanded={allCards} data-testid="theme-all-cards" onClick={() => setAllCards((now) => !now)}>
            {allCards ? t('themes.fewerCards') : t('themes.allCards', { count: theme.cards.length })}
          </button>
        )}
        {otherThemes.length > 0 && (
          <div className="copy-row theme-merge">
            <label htmlFor={ids.merge}>{t('themes.mergeLabel')}</label>
            <select id={ids.merge} value={mergeInto} data-testid="theme-merge-target" onChange={(change) => setMergeInto(change.target.value)}>
              <option value="">{t('themes.moveChoose')}</option>
              {otherThemes.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={busy || mergeInto === ''}
              data-testid="theme-merge"
              onClick={() => void decide({ type: 'mergeThemes', themeId: theme.id, intoThemeId: mergeInto }, 'mergeThemes')}
            >
              {t('themes.merge')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
