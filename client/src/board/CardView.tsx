import { lazy, memo, Suspense, useState } from 'react';
import { getI18n, useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Card, ChallengeCard } from '@rembuk/shared';
import { loadStaffMessages } from '../i18n/staffMessages.js';
import { identifyingKinds } from '../privacy/identifyingText.js';
import { ActionDetails } from './ActionDetails.js';
import { useBoardSession } from './BoardSessionContext.js';
import { CardMenu } from './CardMenu.js';
import type { ShownCard } from './columnCards.js';
import { CardSummary } from './CardSummary.js';
import { CardTextArea } from './CardTextArea.js';
import { ChallengeDetails } from './ChallengeDetails.js';
import { IdentifyingTextPrompt } from './IdentifyingTextPrompt.js';
import { SavedHereMark } from './SavedHereMark.js';
import { sameCard, sameChallengeList, sameTargets } from './sameCard.js';
import { VoteControls } from './VoteControls.js';

// Only facilitators moderate: their menu and its messages (i18n/staffMessages.ts) are fetched when one opens it,
// so no participant's phone downloads them.
const ModerationMenu = lazy(() =>
  Promise.all([import('./ModerationMenu.js'), loadStaffMessages(getI18n())]).then(([m]) => ({ default: m.ModerationMenu })),
);

export interface CardViewProps {
  doc: Y.Doc;
  card: Card;
  /** "#1" / "→1" (see cardLabel), or what stands for a hidden card's number. */
  label: string;
  isFirst: boolean;
  isLast: boolean;
  categories: readonly string[];
  /** The board's challenges, for an action card's links. */
  challenges: readonly ShownCard<ChallengeCard>[];
  /** Other cards of the column a facilitator may merge this one into. */
  mergeTargets: readonly { id: string; label: string }[];
  autoFocus: boolean;
}

type OpenPanel = 'none' | 'details' | 'menu' | 'moderation';

function CardViewImpl(props: CardViewProps) {
  const { doc, card, label, isFirst, isLast, categories, challenges, mergeTargets, autoFocus } = props;
  const { t } = useTranslation();
  const { abilities, ownCards } = useBoardSession();
  const [open, setOpen] = useState<OpenPanel>('none');
  const [warning, setWarning] = useState<'closed' | 'open'>('closed');
  /** The kinds the writer chose to keep; the warning comes back only for a new kind. */
  const [kept, setKept] = useState('');
  const [focusSignal, setFocusSignal] = useState(0);
  const toggle = (panel: OpenPanel) => setOpen((current) => (current === panel ? 'none' : panel));
  const kinds = identifyingKinds(card.text);
  const removal = abilities.moderate ? 'delete' : ownCards.has(card.id) && abilities.withdraw ? 'withdraw' : null;
  // While voting, a participant's own card keeps its menu for withdrawing; nothing else can change.
  const hasMenu = abilities.write || removal === 'withdraw';
  const menu = !abilities.write ? 'withdraw' : removal === 'withdraw' ? 'orderWithdraw' : removal === 'delete' ? 'orderDelete' : 'order';
  const menuText = t(`card.menu.${menu}`);
  const panel = (!abilities.write && open === 'details') || (!hasMenu && open === 'menu') ? 'none' : open;

  return (
    <article
      className={`card card--${card.kind} card--${card.status}${abilities.write ? '' : ' card--readonly'}`}
      data-testid="card"
      data-card-id={card.id}
      data-status={card.status}
      aria-label={label}
    >
      <header className="card-head">
        <span className="card-number">{label}</span>
        <CardSummary card={card} challenges={challenges} />
        <SavedHereMark cardId={card.id} />
      </header>
      <CardTextArea
        doc={doc}
        cardId={card.id}
        label={t('card.textLabel', { card: label })}
        placeholder={card.kind === 'challenge' ? t('card.challengePlaceholder') : t('card.actionPlaceholder')}
        autoFocus={autoFocus}
        readOnly={!abilities.write}
        focusSignal={focusSignal}
        onLeave={(text) => {
          const found = identifyingKinds(text);
          if (found.length > 0 && found.join() !== kept) setWarning('open');
        }}
      />
      {warning === 'open' && kinds.length > 0 && (
        <IdentifyingTextPrompt
          kinds={kinds}
          onEdit={() => {
            setWarning('closed');
            setFocusSignal((signal) => signal + 1);
          }}
          onKeep={() => {
            setKept(kinds.join());
            setWarning('closed');
          }}
        />
      )}
      <div className="card-actions">
        <VoteControls cardId={card.id} label={label} />
        {abilities.write && (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={panel === 'details'}
            data-testid="card-details-toggle"
            onClick={() => toggle('details')}
          >
            {t('card.details')}
          </button>
        )}
        {hasMenu && (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={panel === 'menu'}
            aria-label={t('card.menuFor', { menu: menuText, card: label })}
            data-testid="card-menu-toggle"
            onClick={() => toggle('menu')}
          >
            {menuText}
          </button>
        )}
        {abilities.moderate && (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={panel === 'moderation'}
            aria-label={t('moderation.menuFor', { card: label })}
            data-testid="card-moderation-toggle"
            onClick={() => toggle('moderation')}
          >
            {t('moderation.menu')}
          </button>
        )}
      </div>
      {panel === 'menu' && <CardMenu doc={doc} cardId={card.id} isFirst={isFirst} isLast={isLast} canMove={abilities.write} removal={removal} />}
      {panel === 'moderation' && (
        <Suspense fallback={null}>
          <ModerationMenu card={card} mergeTargets={mergeTargets} />
        </Suspense>
      )}
      {panel === 'details' &&
        (card.kind === 'challenge' ? (
          <ChallengeDetails doc={doc} card={card} categories={categories} />
        ) : (
          <ActionDetails doc={doc} card={card} challenges={challenges} />
        ))}
    </article>
  );
}

/** Cards re-render only when their own content changed, not on every keystroke elsewhere on the board. */
export const CardView = memo(CardViewImpl, (before, after) =>
  before.doc === after.doc &&
  before.label === after.label &&
  before.isFirst === after.isFirst &&
  before.isLast === after.isLast &&
  before.autoFocus === after.autoFocus &&
  before.categories === after.categories &&
  sameCard(before.card, after.card) &&
  sameTargets(before.mergeTargets, after.mergeTargets) &&
  (before.card.kind === 'challenge' || sameChallengeList(before.challenges, after.challenges)),
);
