import { useTranslation } from 'react-i18next';
import type { IdentifyingKind } from '../privacy/identifyingText.js';

interface IdentifyingTextPromptProps {
  kinds: readonly IdentifyingKind[];
  onEdit: () => void;
  onKeep: () => void;
}

/**
 * Shown when a writer leaves a card whose text looks identifying (a NIK, a phone number, an email). Cards are
 * shared as they are typed, so this is the last moment to take it out before the group, the facilitators and
 * the export see it; the writer decides.
 */
export function IdentifyingTextPrompt({ kinds, onEdit, onKeep }: IdentifyingTextPromptProps) {
  const { t } = useTranslation();
  return (
    <div className="card-warning" role="alert" data-testid="card-privacy-warning">
      <p>{t('privacy.cardWarning', { kinds: kinds.map((kind) => t(`privacy.kind.${kind}`)).join(', ') })}</p>
      <div className="button-row">
        <button type="button" className="button button--small button--primary" data-testid="privacy-edit" onClick={onEdit}>
          {t('privacy.edit')}
        </button>
        <button type="button" className="button button--small" data-testid="privacy-keep" onClick={onKeep}>
          {t('privacy.keep')}
        </button>
      </div>
    </div>
  );
}
