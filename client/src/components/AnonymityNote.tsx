import { useTranslation } from 'react-i18next';

/** The privacy promise, stated where people decide to write: survivors are in the room. */
export function AnonymityNote() {
  const { t } = useTranslation();
  return (
    <p className="note" data-testid="anonymity-note">
      {t('privacy.anonymousNote')}
    </p>
  );
}
