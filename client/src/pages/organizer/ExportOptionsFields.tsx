import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_LANGUAGES, type ExportLanguage, type ExportQuery, type Language } from '@rembuk/shared';
import type { ExportOptions } from '../../api/restClient.js';

/** What the organizer picks before a download; `event` leaves the language to the server (the event's own). */
export interface ExportChoice {
  language: ExportLanguage | 'event';
  includeNotForScreen: boolean;
  themes: ExportQuery['themes'];
}

/** The server's own choices for `themes` (kept here: the schema beside them is zod, which this page need not load). */
const THEME_CHOICES: readonly ExportQuery['themes'][] = ['approved', 'all'];

export const DEFAULT_EXPORT_CHOICE: ExportChoice = { language: 'event', includeNotForScreen: false, themes: 'approved' };

export function exportOptionsOf(choice: ExportChoice): ExportOptions {
  return {
    ...(choice.language === 'event' ? {} : { lang: choice.language }),
    includeNotForScreen: choice.includeNotForScreen,
    themes: choice.themes,
  };
}

interface ExportOptionsFieldsProps {
  choice: ExportChoice;
  /** What "the event's language" means here, so the organizer sees which one it is. */
  eventLanguage: Language;
  disabled: boolean;
  onChange: (choice: ExportChoice) => void;
}

/**
 * The export's options as the organizer chooses them at download: the language of the headings (the report may go
 * to ASEAN partners in English, or both) and whether cards marked "not for screen" go into the file.
 */
export function ExportOptionsFields({ choice, eventLanguage, disabled, onChange }: ExportOptionsFieldsProps) {
  const { t } = useTranslation();
  const ids = { language: useId(), hint: useId(), themes: useId() };
  return (
    <div className="export-options">
      <div className="field">
        <label htmlFor={ids.language}>{t('exportOptions.language')}</label>
        <select
          id={ids.language}
          value={choice.language}
          disabled={disabled}
          data-testid="export-language"
          onChange={(change) => onChange({ ...choice, language: languageOf(change.target.value) })}
        >
          <option value="event">{t('exportOptions.languageOption.event', { language: t(`exportOptions.languageOption.${eventLanguage}`) })}</option>
          {EXPORT_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`exportOptions.languageOption.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="export-options-check">
        <label className="check">
          <input
            type="checkbox"
            checked={choice.includeNotForScreen}
            disabled={disabled}
            aria-describedby={ids.hint}
            data-testid="export-not-for-screen"
            onChange={(change) => onChange({ ...choice, includeNotForScreen: change.target.checked })}
          />
          <span>{t('exportOptions.includeNotForScreen')}</span>
        </label>
        <p id={ids.hint} className="field-hint">
          {t('exportOptions.includeNotForScreenHint')}
        </p>
      </div>
      <fieldset className="export-options-themes" aria-labelledby={ids.themes}>
        <legend id={ids.themes}>{t('exportThemes.label')}</legend>
        {THEME_CHOICES.map((themes) => (
          <label key={themes} className="check">
            <input
              type="radio"
              name={ids.themes}
              value={themes}
              checked={choice.themes === themes}
              disabled={disabled}
              data-testid={`export-themes-${themes}`}
              onChange={() => onChange({ ...choice, themes })}
            />
            <span>{t(`exportThemes.${themes}`)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

function languageOf(value: string): ExportChoice['language'] {
  return EXPORT_LANGUAGES.find((language) => language === value) ?? 'event';
}
