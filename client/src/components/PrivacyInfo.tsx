import { useTranslation } from 'react-i18next';
import type { PublicEvent } from '@rembuk/shared';
import { formatEventDateTime } from '../format/eventTime.js';
import { useLanguage } from '../i18n/useLanguage.js';

/**
 * What is recorded, who sees it and when it is deleted, in plain words, before anyone writes (WHO 2003: informed
 * consent). No checkbox: people read it and continue; nothing is asked of them.
 */
export function PrivacyInfo({ event, onContinue }: { event: PublicEvent; onContinue: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="panel privacy-info" aria-labelledby="privacy-info-title" data-testid="join-info">
      <h2 id="privacy-info-title">{t('privacyInfo.title')}</h2>
      <h3>{t('privacyInfo.recordedTitle')}</h3>
      <ul>
        <li>{t('privacyInfo.recordedCards')}</li>
        <li>{t('privacyInfo.recordedVotes')}</li>
        <li>{t('privacyInfo.recordedPseudonym')}</li>
      </ul>
      <h3>{t('privacyInfo.whoTitle')}</h3>
      <ul>
        <li>{t('privacyInfo.whoGroup')}</li>
        <li>{t('privacyInfo.whoFacilitators')}</li>
        <li>{t('privacyInfo.whoOrganizers')}</li>
        <li>{t('privacyInfo.whoProjector')}</li>
      </ul>
      <h3>{t('privacyInfo.deletedTitle')}</h3>
      <p data-testid="join-info-deleted">
        {event.purgeAt
          ? t('privacyInfo.deletedOn', { when: formatEventDateTime(new Date(event.purgeAt), event.timeZone, language) })
          : t('privacyInfo.deleted')}
      </p>
      <h3>{t('privacyInfo.phoneTitle')}</h3>
      <p data-testid="join-info-phone">{t('privacyInfo.phoneKept')}</p>
      <p className="note">{t('privacyInfo.noNames')}</p>
      <button type="button" className="button button--primary button--wide" data-testid="join-info-continue" onClick={onContinue}>
        {t('privacyInfo.continue')}
      </button>
    </section>
  );
}
