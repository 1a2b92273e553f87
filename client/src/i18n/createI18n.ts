import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DOMAIN_LABELS, type Language } from '@rembuk/shared';
import { en } from './locales/en.js';
import { id } from './locales/id.js';

/**
 * The app's own i18next instance (not the global default): UI messages in namespace `app`, the shared board
 * vocabulary in `domain`, so a category reads the same on screen and in the exported report.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      id: { app: id, domain: DOMAIN_LABELS.id },
      en: { app: en, domain: DOMAIN_LABELS.en },
    },
    lng: language,
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    ns: ['app', 'domain'],
    defaultNS: 'app',
    // Resources are bundled, so initialise synchronously: the first paint is already in the right language.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    // No advertising in participants' consoles.
    showSupportNotice: false,
  });
  const syncDocumentLanguage = (lng: string) => document.documentElement.setAttribute('lang', lng);
  syncDocumentLanguage(language);
  instance.on('languageChanged', syncDocumentLanguage);
  return instance;
}
