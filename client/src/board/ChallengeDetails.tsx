import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  SCOPES,
  setChallengeCategory,
  setChallengeScope,
  type ChallengeCard,
} from '@rembuk/shared';
import { useCategoryLabel } from '../i18n/useCategoryLabel.js';
import { SelectField } from './SelectField.js';

interface ChallengeDetailsProps {
  doc: Y.Doc;
  card: ChallengeCard;
  /** The event's categories (keys; default keys are translated, an organizer's own are shown as typed). */
  categories: readonly string[];
}

export function ChallengeDetails({ doc, card, categories }: ChallengeDetailsProps) {
  const { t } = useTranslation();
  const { t: d } = useTranslation('domain');
  const categoryLabel = useCategoryLabel();
  // A category set before the organizer changed the list stays selectable rather than silently vanishing.
  const categoryKeys = card.category && !categories.includes(card.category) ? [...categories, card.category] : categories;

  return (
    <div className="card-panel" data-testid="card-details">
      <SelectField
        label={d('field.category')}
        value={card.category}
        emptyLabel={t('card.notSet')}
        options={categoryKeys.map((key) => ({ value: key, label: categoryLabel(key) }))}
        testId="card-category"
        onChange={(category) => setChallengeCategory(doc, card.id, category)}
      />
      <SelectField
        label={d('field.scope')}
        value={card.scope}
        emptyLabel={t('card.notSet')}
        options={SCOPES.map((scope) => ({ value: scope, label: d(`scope.${scope}`) }))}
        testId="card-scope"
        onChange={(scope) => setChallengeScope(doc, card.id, scope)}
      />
    </div>
  );
}
