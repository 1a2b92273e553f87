import * as Y from 'yjs';
import { CARD_KEYS, LIMITS, MODERATED_KEYS, cardProblem, cardsOf, type WriteAllowance } from '@rembuk/shared';
import { YjsConnection } from './YjsConnection.js';

/** Any shared type, whatever its event type (the parameter is irrelevant here). */
type SharedType = Parameters<Y.Transaction['changed']['get']>[0];
type DeleteSet = Y.Transaction['deleteSet'];

/**
 * Enforces the rules that need the board as it is after an update: text length, card count, moderated fields,
 * replaced cards and what the session allows now. (Every value's type and place was checked before the update was
 * applied, by the update gate.) The guard watches each client transaction, checks the cards it touched, and if
 * anything breaks a rule, reverts exactly that transaction with an UndoManager scoped to client transactions. The
 * revert is an ordinary update, so every replica (the offender's included) converges on the valid state.
 */
export class BoardGuard {
  private readonly cards: Y.Map<Y.Map<unknown>>;
  private readonly undoManager: Y.UndoManager;
  private touchedCards = new Set<string>();
  /** Deletions of the last client transaction and of its revert: their content is freed once checked. */
  private deletions: DeleteSet[] = [];
  private forbiddenChanges = new Set<string>();
  /** Whether the client's transaction did nothing but remove whole cards (withdrawing them). */
  private onlyRemovedCards = true;
  /** Cards added (or replaced) in the transaction: they must start unmoderated. */
  private newCards = new Set<string>();

  constructor(private readonly doc: Y.Doc) {
    this.cards = cardsOf(doc);
    // Tracking the class makes every YjsConnection instance a tracked origin; captureTimeout 0 keeps each
    // transaction its own stack item, so undo() reverts the last one only.
    this.undoManager = new Y.UndoManager(this.cards, {
      trackedOrigins: new Set([YjsConnection]),
      captureTimeout: 0,
    });
    doc.on('afterTransaction', this.collectTouched);
    this.cards.observe(this.collectReplacedCards);
  }

  /**
   * Call right after a connection's update was applied. Returns the problem found (after reverting it), or null.
   */
  checkLastClientUpdate(allowance: WriteAllowance): string | null {
    const touchedCards = this.touchedCards;
    this.touchedCards = new Set();

    const forbiddenChanges = this.forbiddenChanges;
    const newCards = this.newCards;
    const onlyRemovedCards = this.onlyRemovedCards;
    this.forbiddenChanges = new Set();
    this.newCards = new Set();
    this.onlyRemovedCards = true;
    const refusal =
      allowance === 'none' || (allowance === 'withdrawOnly' && !onlyRemovedCards)
        ? 'the board is read-only for participants now'
        : null;
    let problem: string | null = refusal ?? forbiddenChanges.values().next().value ?? null;
    for (const id of newCards) {
      const card = this.cards.get(id);
      if (problem || card === undefined) continue;
      problem = moderatedFieldProblem(id, card);
    }
    if (this.cards.size > LIMITS.maxCardsPerBoard) problem ??= `more than ${LIMITS.maxCardsPerBoard} cards`;
    for (const id of touchedCards) {
      if (problem) break;
      const card = this.cards.get(id);
      if (card !== undefined) problem = cardProblem(id, card);
    }
    if (problem && this.undoManager.undoStack.length > 0) this.undoManager.undo();
    this.undoManager.clear();
    this.freeDeletedContent();
    return problem;
  }

  /**
   * The UndoManager keeps the content of every item a client deletes (so that undo could bring it back), and Yjs
   * collects deleted content only when it is deleted. Cleared, nothing needs it any more: collect it now, or text a
   * participant deleted would stay in memory and in every snapshot written to disk.
   */
  private freeDeletedContent(): void {
    for (const deletions of this.deletions) Y.tryGc(deletions, this.doc.store, this.doc.gcFilter);
    this.deletions = [];
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.collectTouched);
    this.cards.unobserve(this.collectReplacedCards);
    this.undoManager.destroy();
  }

  /**
   * Replacing a card's map under the same id would reset what moderation set on it (a hidden card reappearing
   * as a fresh draft): only the server may do that.
   */
  private readonly collectReplacedCards = (event: Y.YMapEvent<Y.Map<unknown>>, transaction: Y.Transaction): void => {
    if (!(transaction.origin instanceof YjsConnection)) return;
    for (const [key, change] of event.changes.keys) {
      if (change.action === 'update') this.forbiddenChanges.add(`replaced card ${key}`);
    }
  };

  private readonly collectTouched = (transaction: Y.Transaction): void => {
    if (transaction.origin === this.undoManager) this.deletions.push(transaction.deleteSet);
    if (!(transaction.origin instanceof YjsConnection)) return;
    this.deletions.push(transaction.deleteSet);
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === this.cards) {
        for (const key of keys) {
          if (key === null) continue;
          this.touchedCards.add(key);
          this.newCards.add(key);
          if (this.cards.has(key)) this.onlyRemovedCards = false;
        }
        continue;
      }
      // Withdrawing a challenge also drops the links actions had to it: removals there are part of the withdrawal.
      if (!isRemovalOfLinks(type, keys)) this.onlyRemovedCards = false;
      const place = this.locate(type);
      // Yjs lists a map's changed keys only for maps that existed before the transaction, so `kind` here means
      // an existing card was switched to the other column: its fields would no longer mean anything.
      if (place.kind === 'card' && (type as unknown) === this.cards.get(place.id)) {
        if (keys.has(CARD_KEYS.kind)) this.forbiddenChanges.add(`changed the kind of card ${place.id}`);
        for (const key of MODERATED_KEYS) {
          if (keys.has(key)) this.forbiddenChanges.add(`wrote the moderated field ${key} of card ${place.id}`);
        }
      }
      if (place.kind === 'card') this.touchedCards.add(place.id);
    }
  };

  /** Which card a nested type belongs to, by walking up to the root. */
  private locate(type: SharedType): { kind: 'card'; id: string } | { kind: 'none' } {
    let current = type;
    while (current._item !== null) {
      const parent = current._item.parent;
      if (!(parent instanceof Y.AbstractType)) return { kind: 'none' };
      if ((parent as unknown) === this.cards) {
        const id = current._item.parentSub;
        return id === null ? { kind: 'none' } : { kind: 'card', id };
      }
      current = parent as SharedType;
    }
    return { kind: 'none' };
  }
}

/** A card a client creates starts as an unmoderated draft: only the server hides, agrees or merges. */
function moderatedFieldProblem(id: string, card: Y.Map<unknown>): string | null {
  const status = card.get(CARD_KEYS.status);
  if (status !== undefined && status !== 'draft') return `new card ${id} is not a draft`;
  if (card.get(CARD_KEYS.notForScreen) === true) return `new card ${id} is marked not for screen`;
  if (card.get(CARD_KEYS.mergedInto) !== undefined) return `new card ${id} claims to be merged`;
  return null;
}

/** True when `type` is an action's `addresses` map and every changed key is gone from it. */
function isRemovalOfLinks(type: SharedType, keys: Set<string | null>): boolean {
  if (!(type instanceof Y.Map) || type._item?.parentSub !== CARD_KEYS.addresses) return false;
  for (const key of keys) if (key === null || type.has(key)) return false;
  return true;
}
