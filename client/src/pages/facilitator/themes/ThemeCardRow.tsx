import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme, ThemeCard } from '@rembuk/shared';
import type { Decide } from './themeDecision.js';

interface ThemeCardRowProps {
  card: ThemeCard;
  theme: Theme;
  /** Other active themes of the same kind, where this card may go. */
  otherThemes: readonly Theme[];
  groupName: (groupId: string) => string;
  busy: boolean;
  decide: Decide;
}

/** One card of a theme: its text and group, and (behind a toggle) moving it to another theme or out on its own. */
export function ThemeCardRow({ card, theme, otherThemes, groupName, busy, decide }: ThemeCardRowProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState('');
  const selectId = useId();
  const textId = useId();
  const ref = { groupId: card.groupId, cardId: card.cardId };
  return (
    <li className="theme-card" data-testid="theme-card" data-card-id={card.cardId}>
      <div className="theme-card-line">
        <p className="theme-card-text" id={textId}>
          <span className="theme-card-group">{t('themes.cardGroup', { group: groupName(card.groupId) })}</span> {card.text}
        </p>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-expanded={open}
          aria-describedby={textId}
          data-testid="theme-card-toggle"
          onClick={() => setOpen((now) => !now)}
        >
          {t('themes.cardActions')}
        </button>
      </div>
      {open && (
        <div className="theme-card-actions">
          {otherThemes.length > 0 && (
            <div className="copy-row">
              <label htmlFor={selectId} className="visually-hidden">
                {t('themes.moveLabel')}
              </label>
              <select id={selectId} value={target} data-testid="theme-card-move-target" onChange={(change) => setTarget(change.target.value)}>
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
                disabled={busy || target === ''}
                data-testid="theme-card-move"
                onClick={() => void decide({ type: 'moveThemeCard', card: ref, toThemeId: target }, 'moveThemeCard')}
              >
                {t('themes.move')}
              </button>
            </div>
          )}
          {theme.cards.length > 1 && (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              data-testid="theme-card-split"
              onClick={() => void decide({ type: 'splitTheme', themeId: theme.id, cards: [ref] }, 'splitTheme')}
            >
              {t('themes.split')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
