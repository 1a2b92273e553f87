import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@rembuk/shared';
import { saveLanguagePreference } from '../i18n/languagePreference.js';

/** ID | EN. The choice is remembered on this device and wins over an event's own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const choose = (language: Language) => {
    saveLanguagePreference(language);
    void i18n.changeLanguage(language);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          data-testid={`language-${language}`}
          onClick={() => choose(language)}
        >
          {t(`language.short.${language}`)}
        </button>
      ))}
    </div>
  );
}
