import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf, editCardText, linkActionToChallenge, moveCard } from '@rembuk/shared';
import { changedCardIds } from './changedCards.js';

function touchedBy(doc: Y.Doc, change: () => void): string[] {
  const touched: string[] = [];
  const collect = (transaction: Y.Transaction) => touched.push(...changedCardIds(transaction, cardsOf(doc)));
  doc.on('afterTransaction', collect);
  change();
  doc.off('afterTransaction', collect);
  return [...new Set(touched)].sort();
}

describe('changedCardIds', () => {
  it('names the card whose text, position or links changed, and a new card', () => {
    const doc = new Y.Doc();
    const challenge = addCard(doc, { kind: 'challenge', text: 'Data' });
    const action = addCard(doc, { kind: 'action' });
    const other = addCard(doc, { kind: 'challenge' });

    expect(touchedBy(doc, () => editCardText(doc, challenge, 4, 0, ' korban'))).toEqual([challenge]);
    expect(touchedBy(doc, () => linkActionToChallenge(doc, action, challenge, true))).toEqual([action]);
    expect(touchedBy(doc, () => moveCard(doc, other, 'top'))).toEqual([other]);
    let added = '';
    expect(touchedBy(doc, () => (added = addCard(doc, { kind: 'action' })))).toEqual([added]);
  });
});
