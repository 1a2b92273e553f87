import { useTranslation } from 'react-i18next';

/**
 * What is recorded, who sees it and when it is deleted, in plain words, before anyone writes (WHO 2003: informed
 * consent). No checkbox: people read it and continue; nothing is asked of them.
 */
export function PrivacyInfo({ onContinue }: { onContinue: () => void }) {
  const { t } = useTranslation();
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
      <p>{t('privacyInfo.deleted')}</p>
      <p className="note">{t('privacyInfo.noNames')}</p>
      <button type="button" className="button button--primary button--wide" data-testid="join-info-continue" onClick={onContinue}>
        {t('privacyInfo.continue')}
      </button>
    </section>
  );
}
