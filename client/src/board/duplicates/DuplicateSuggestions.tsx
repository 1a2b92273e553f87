import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@rembuk/shared';
import type { BoardConnection } from '../../connection/BoardConnection.js';
import { useBoardSnapshot } from '../../hooks/useBoardState.js';
import { useCommand } from '../../hooks/useCommand.js';
import { useBoardSession } from '../BoardSessionContext.js';
import { cardLabel } from '../cardLabel.js';
import { cardNumbers } from '../columnCards.js';
import { liveSuggestions, type LiveSuggestion } from './liveSuggestions.js';
import { useDuplicates } from './useDuplicates.js';
import '../../styles/themes.css';

/** The last merge made from a suggestion, which "Undo" takes back one step per merged card. */
interface LastMerge {
  count: number;
  into: string;
}

/**
 * For who runs this group, in the cluster phase: sets of cards that seem to say the same thing, each merged in one
 * step (the existing merge, one card at a time into the most central one, undone the same way) or dismissed for
 * good. The server sends suggestions only to such sockets; participants never see them.
 */
export function DuplicateSuggestions({ connection }: { connection: BoardConnection }) {
  const { t } = useTranslation();
  const { groupId, command } = useBoardSession();
  const reply = useDuplicates(connection);
  const board = useBoardSnapshot(connection);
  const { run, busy, error } = useCommand();
  const [lastMerge, setLastMerge] = useState<LastMerge | null>(null);
  const shown = useMemo(() => (reply && reply.groupId === groupId ? liveSuggestions(reply.suggestions, board) : []), [reply, board, groupId]);
  const numbers = useMemo(() => new Map([...cardNumbers(board.challenges), ...cardNumbers(board.actions)]), [board]);
  const labelOf = (card: Card) => {
    const number = numbers.get(card.id);
    return number ? cardLabel(card.kind, number) : card.text;
  };

  const merge = async ({ keep, others }: LiveSuggestion) => {
    let merged = 0;
    for (const card of others) {
      if (!(await run(() => command({ type: 'merge', groupId, cardId: card.id, intoCardId: keep.id })))) break;
      merged += 1;
    }
    if (merged > 0) setLastMerge({ count: merged, into: labelOf(keep) });
  };
  const undo = async (last: LastMerge) => {
    for (let step = 0; step < last.count; step += 1) if (!(await run(() => command({ type: 'undoModeration', groupId })))) break;
    setLastMerge(null);
  };

  if (shown.length === 0 && !lastMerge) return null;
  return (
    <section className="duplicates" aria-labelledby="duplicates-title" data-testid="duplicate-suggestions">
      <h2 id="duplicates-title">{t('duplicates.title')}</h2>
      <p className="muted">{t('duplicates.hint')}</p>
      <p role="status" className="themes-status" data-testid="duplicates-status">
        {lastMerge ? t('duplicates.merged', { count: lastMerge.count, into: lastMerge.into }) : ''}
      </p>
      {lastMerge && (
        <button type="button" className="button button--small" disabled={busy} data-testid="duplicates-undo" onClick={() => void undo(lastMerge)}>
          {t('duplicates.undo')}
        </button>
      )}
      {error && (
        <p className="error" role="alert" data-testid="duplicates-error">
          {error}
        </p>
      )}
      <ul className="duplicate-list">
        {shown.map((live) => {
          const { suggestion, keep, others } = live;
          const cards = others.map(labelOf).join(', ');
          return (
            <li key={suggestion.id} className="duplicate" data-testid="duplicate-suggestion" data-suggestion-id={suggestion.id}>
              <ul>
                {[keep, ...others].map((card) => (
                  <li key={card.id} className={card.id === keep.id ? 'duplicate-keep' : undefined} data-testid="duplicate-card" data-card-id={card.id}>
                    {labelOf(card)} {card.text}
                    {card.id === keep.id && <span className="muted"> ({t('duplicates.keep')})</span>}
                  </li>
                ))}
              </ul>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary button--small"
                  disabled={busy}
                  aria-label={t('duplicates.mergeLabel', { cards, into: labelOf(keep) })}
                  data-testid="duplicate-merge"
                  onClick={() => void merge(live)}
                >
                  {t('duplicates.merge')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  aria-label={t('duplicates.dismissLabel', { cards: [keep, ...others].map(labelOf).join(', ') })}
                  data-testid="duplicate-dismiss"
                  onClick={() => void run(() => command({ type: 'dismissDuplicate', groupId, suggestionId: suggestion.id }))}
                >
                  {t('duplicates.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
