import { describe, expect, it } from 'vitest';
import type { BoardSnapshot, CardId, ChallengeCard, DuplicateSuggestion, GroupId } from '@rembuk/shared';
import { liveSuggestions } from './liveSuggestions.js';

function challenge(id: string, status: ChallengeCard['status'] = 'draft'): ChallengeCard {
  return { id: id as CardId, kind: 'challenge', text: `teks ${id}`, status, notForScreen: false, mergedInto: null, category: null, scope: null };
}

function suggestion(cardIds: string[], keep: string): DuplicateSuggestion {
  return { id: 'dabc1234', groupId: 'gntt' as GroupId, kind: 'challenge', cardIds: cardIds as CardId[], keepCardId: keep as CardId, score: 0.9 };
}

describe('duplicate suggestions on the board', () => {
  it('keep the live cards, the kept one apart', () => {
    const board: BoardSnapshot = { challenges: [challenge('c1'), challenge('c2'), challenge('c3', 'merged')], actions: [] };
    const [shown] = liveSuggestions([suggestion(['c1', 'c2', 'c3'], 'c1')], board);
    expect(shown?.keep.id).toBe('c1');
    expect(shown?.others.map((card) => card.id)).toEqual(['c2']);
  });

  it('disappear once nothing is left to merge, or the kept card is gone', () => {
    const merged: BoardSnapshot = { challenges: [challenge('c1'), challenge('c2', 'merged')], actions: [] };
    expect(liveSuggestions([suggestion(['c1', 'c2'], 'c1')], merged)).toEqual([]);
    const keptHidden: BoardSnapshot = { challenges: [challenge('c1', 'hidden'), challenge('c2')], actions: [] };
    expect(liveSuggestions([suggestion(['c1', 'c2'], 'c1')], keptHidden)).toEqual([]);
    const deleted: BoardSnapshot = { challenges: [challenge('c2')], actions: [] };
    expect(liveSuggestions([suggestion(['c1', 'c2'], 'c1')], deleted)).toEqual([]);
  });
});
