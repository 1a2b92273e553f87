import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@rembuk/shared';
import { readLanguagePreference } from '../i18n/languagePreference.js';

/** Until someone picks a language on this device, show an event in the language its organizer chose. */
export function useEventLanguage(eventLanguage: Language): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (readLanguagePreference() === null && i18n.language !== eventLanguage) void i18n.changeLanguage(eventLanguage);
  }, [eventLanguage, i18n]);
}
