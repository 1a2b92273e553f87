import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A challenge category's label: the default categories are translated from the shared domain labels, a category
 * the organizer typed is shown as typed (the same rule as `categoryLabel` in @rembuk/shared, used by exports).
 */
export function useCategoryLabel(): (category: string) => string {
  const { t, i18n } = useTranslation('domain');
  return useCallback(
    (category: string) => (i18n.exists(`category.${category}`, { ns: 'domain' }) ? t(`category.${category}`) : category),
    [t, i18n],
  );
}
