import * as Y from 'yjs';
import type { CardMap } from '@rembuk/shared';

/** Any shared type, as `Transaction.changed` keys them (the event type parameter does not matter here). */
type SharedType = Parameters<Y.Transaction['changed']['get']>[0];

/**
 * Ids of the cards a transaction touched, found by walking each changed type up to the board's root map (a
 * card's text and links are nested types). Used to tell an offline writer how many cards wait to be sent.
 */
export function changedCardIds(transaction: Y.Transaction, cards: Y.Map<CardMap>): Set<string> {
  const ids = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) === cards) {
      for (const key of keys) if (key !== null) ids.add(key);
      continue;
    }
    let current: SharedType = type;
    while (current._item !== null) {
      const parent = current._item.parent;
      if (!(parent instanceof Y.AbstractType)) break;
      if ((parent as unknown) === cards) {
        if (current._item.parentSub !== null) ids.add(current._item.parentSub);
        break;
      }
      current = parent as SharedType;
    }
  }
  return ids;
}
