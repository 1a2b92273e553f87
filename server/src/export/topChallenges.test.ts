import { describe, expect, it } from 'vitest';
import { TOP_CHALLENGE_MAX_ROWS, TOP_CHALLENGE_RANKS, topList } from './topChallenges.js';

const cards = (...votes: number[]) => votes.map((count, index) => ({ votes: count, item: `c${index + 1}` }));

describe('the cross-region top list', () => {
  it('ranks by votes, equal votes sharing a rank, and leaves out challenges without votes', () => {
    const list = topList(cards(2, 5, 0, 2, 1));
    expect(list.rows.map((row) => [row.rank, row.item])).toEqual([[1, 'c2'], [2, 'c1'], [2, 'c4'], [4, 'c5']]);
    expect(list).toMatchObject({ withVotes: 4, lastTie: null, droppedTie: null });
  });

  it('keeps a tie at the cut whole and says so: 14 voted, five tie at 4 votes from rank 8', () => {
    const list = topList(cards(9, 8, 8, 7, 6, 5, 5, 4, 4, 4, 4, 4, 1, 1));
    expect(TOP_CHALLENGE_RANKS).toBe(10);
    expect(list.rows.map((row) => row.rank)).toEqual([1, 2, 2, 4, 5, 6, 6, 8, 8, 8, 8, 8]);
    expect(list).toMatchObject({ withVotes: 14, lastTie: { rank: 8, votes: 4, count: 5 }, droppedTie: null });
  });

  it('leaves a tie out whole, and says so, when keeping it would make the list too long', () => {
    const list = topList(cards(9, 8, 7, ...Array.from({ length: TOP_CHALLENGE_MAX_ROWS }, () => 1)));
    expect(list.rows.map((row) => row.item)).toEqual(['c1', 'c2', 'c3']);
    expect(list).toMatchObject({ lastTie: null, droppedTie: { votes: 1, count: TOP_CHALLENGE_MAX_ROWS } });
  });

  it('keeps a tie for first place however long it is', () => {
    const list = topList(cards(...Array.from({ length: TOP_CHALLENGE_MAX_ROWS + 5 }, () => 3)));
    expect(list.rows).toHaveLength(TOP_CHALLENGE_MAX_ROWS + 5);
    expect(list.rows.every((row) => row.rank === 1)).toBe(true);
    expect(list.lastTie).toEqual({ rank: 1, votes: 3, count: TOP_CHALLENGE_MAX_ROWS + 5 });
  });
});
