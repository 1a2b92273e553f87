import type { BackendModule, ReadCallback } from 'i18next';

/**
 * An i18next backend for the catalogs not bundled with the app: English (`app` namespace) is fetched as its own
 * small chunk the first time the language is needed, so a participant reading Indonesian, the default, never
 * downloads it. The service worker precaches the chunk, so a phone switched to English still opens offline.
 */
export const lazyCatalogs: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    if (language !== 'en' || namespace !== 'app') {
      callback(new Error(`no lazy catalog for ${language}/${namespace}`), false);
      return;
    }
    import('./locales/en.js').then(
      (catalog) => callback(null, catalog.en),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
