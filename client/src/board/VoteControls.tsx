import { useTranslation } from 'react-i18next';
import type { VoteView } from '@rembuk/shared';
import { useCommand } from '../hooks/useCommand.js';
import { useBoardSession } from './BoardSessionContext.js';

/** Dots this device has left on the board. */
export function dotsLeft(votes: VoteView): number {
  const used = Object.values(votes.mine).reduce((sum, count) => sum + count, 0);
  return Math.max(0, votes.budget.perParticipant - used);
}

/**
 * A card's votes: the participant's own dots with − and + in the vote phase, and the total once the facilitator
 * revealed it (facilitators always see totals). The + button stops at either budget, as the server does.
 */
export function VoteControls({ cardId, label }: { cardId: string; label: string }) {
  const { t } = useTranslation();
  const { abilities, votes, vote } = useBoardSession();
  const { run, busy, error } = useCommand();
  if (!votes) return null;
  const total = votes.totals?.[cardId] ?? 0;
  const mine = votes.mine[cardId] ?? 0;
  const showTotal = votes.totals !== null && (total > 0 || abilities.vote || abilities.moderate);
  if (!abilities.vote && !showTotal) return null;
  const canAdd = dotsLeft(votes) > 0 && mine < votes.budget.perCard;

  return (
    <div className="votes" data-testid="card-votes">
      {abilities.vote && (
        <div className="vote-buttons" role="group" aria-label={t('vote.groupLabel', { card: label })}>
          <button
            type="button"
            className="button button--small vote-button"
            disabled={busy || mine === 0}
            aria-label={t('vote.remove', { card: label })}
            data-testid="vote-remove"
            onClick={() => void run(() => vote(cardId, -1))}
          >
            −
          </button>
          <span className="vote-mine" data-testid="vote-mine" data-count={mine} aria-live="polite">
            <span className="dots" aria-hidden="true">
              {'●'.repeat(mine)}
              {'○'.repeat(Math.max(0, votes.budget.perCard - mine))}
            </span>
            <span className="visually-hidden">{t('vote.mine', { count: mine })}</span>
          </span>
          <button
            type="button"
            className="button button--small vote-button"
            disabled={busy || !canAdd}
            aria-label={t('vote.add', { card: label })}
            data-testid="vote-add"
            onClick={() => void run(() => vote(cardId, 1))}
          >
            +
          </button>
        </div>
      )}
      {showTotal && (
        <span className="vote-total" data-testid="vote-total" data-count={total}>
          {t('vote.total', { count: total })}
        </span>
      )}
      {error && (
        <p className="error vote-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
