import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  ACTION_TEXT_FIELDS,
  LIMITS,
  TIMEFRAMES,
  linkActionToChallenge,
  setActionField,
  setActionTimeframe,
  type ActionCard,
  type ChallengeCard,
} from '@rembuk/shared';
import { cardLabel } from './cardLabel.js';
import type { ShownCard } from './columnCards.js';
import { SelectField } from './SelectField.js';
import { SharedTextInput } from './SharedTextInput.js';

interface ActionDetailsProps {
  doc: Y.Doc;
  card: ActionCard;
  challenges: readonly ShownCard<ChallengeCard>[];
}

/** Longest challenge excerpt next to a link checkbox: enough to recognise it on a phone. */
const CHALLENGE_EXCERPT_CHARS = 80;

/** The RTL row of an action step: which challenges it answers, who, with whom, when, with what, how measured. */
export function ActionDetails({ doc, card, challenges }: ActionDetailsProps) {
  const { t } = useTranslation();
  const { t: d } = useTranslation('domain');
  const linked = new Set<string>(card.addresses);

  return (
    <div className="card-panel" data-testid="card-details">
      <fieldset className="links">
        <legend>{d('field.addresses')}</legend>
        {challenges.length === 0 && <p className="field-hint">{t('card.noChallengesYet')}</p>}
        {challenges.map(({ card: challenge, number }) => (
          <label key={challenge.id} className="check">
            <input
              type="checkbox"
              checked={linked.has(challenge.id)}
              data-testid="card-link"
              onChange={(event) => linkActionToChallenge(doc, card.id, challenge.id, event.target.checked)}
            />
            <span>
              <strong>{number === null ? t('card.hiddenLabel') : cardLabel('challenge', number)}</strong>{' '}
              {excerpt(challenge.text) || <em>{t('card.empty')}</em>}
            </span>
          </label>
        ))}
      </fieldset>
      {ACTION_TEXT_FIELDS.map((field) => (
        <SharedTextInput
          key={field}
          label={d(`field.${field}`)}
          {...(field === 'responsibleOrg' ? { hint: t('card.responsibleHint') } : {})}
          value={card[field]}
          maxLength={LIMITS.maxFieldLength}
          testId={`card-field-${field}`}
          onChange={(value) => setActionField(doc, card.id, field, value)}
        />
      ))}
      <SelectField
        label={d('field.timeframe')}
        value={card.timeframe}
        emptyLabel={t('card.notSet')}
        options={TIMEFRAMES.map((timeframe) => ({ value: timeframe, label: d(`timeframe.${timeframe}`) }))}
        testId="card-timeframe"
        onChange={(timeframe) => setActionTimeframe(doc, card.id, timeframe)}
      />
    </div>
  );
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > CHALLENGE_EXCERPT_CHARS ? `${oneLine.slice(0, CHALLENGE_EXCERPT_CHARS - 1)}…` : oneLine;
}
