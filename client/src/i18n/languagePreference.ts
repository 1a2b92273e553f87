import { LANGUAGES, type Language } from '@rembuk/shared';
import { readStored, writeStored } from '../storage/deviceStorage.js';

const LANGUAGE_KEY = 'rembuk.language';

/** The language this device's user picked with the switch, or null if they never did. */
export function readLanguagePreference(): Language | null {
  const stored = readStored('local', LANGUAGE_KEY);
  return LANGUAGES.find((language) => language === stored) ?? null;
}

export function saveLanguagePreference(language: Language): void {
  writeStored('local', LANGUAGE_KEY, language);
}
