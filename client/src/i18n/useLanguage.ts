import { useTranslation } from 'react-i18next';
import type { Language } from '@rembuk/shared';

/** The UI language as the board vocabulary knows it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
