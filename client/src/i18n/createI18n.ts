import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DOMAIN_LABELS, type Language } from '@rembuk/shared';
import { id } from './locales/id.js';
import { lazyCatalogs } from './lazyCatalogs.js';

/**
 * The app's own i18next instance (not the global default): UI messages in namespace `app`, the shared board
 * vocabulary in `domain`, so a category reads the same on screen and in the exported report. Resolves once the
 * first language's catalog is there (at once for Indonesian, which is bundled), so the first paint is already in
 * the right language.
 */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(lazyCatalogs)
    .use(initReactI18next)
    .init({
      resources: {
        id: { app: id, domain: DOMAIN_LABELS.id },
        en: { domain: DOMAIN_LABELS.en },
      },
      // Bundled resources first; the backend only fetches what is missing (English UI messages).
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'id',
      supportedLngs: ['id', 'en'],
      ns: ['app', 'domain'],
      defaultNS: 'app',
      // Start at once rather than on a timer: Indonesian needs no loading, and the first paint waits for this.
      initAsync: false,
      // React escapes text itself.
      interpolation: { escapeValue: false },
      returnNull: false,
      // No advertising in participants' consoles.
      showSupportNotice: false,
    });
  const syncDocumentLanguage = (lng: string) => document.documentElement.setAttribute('lang', lng);
  syncDocumentLanguage(instance.language);
  instance.on('languageChanged', syncDocumentLanguage);
  return instance;
}
