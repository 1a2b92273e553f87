/** How many ranks the cross-region list shows: every challenge ranked this or better is listed. */
export const TOP_CHALLENGE_RANKS = 10;
/**
 * The most rows the list may grow to when ties at the cut are kept: past this, the tied challenges at the cut are
 * left out together (and the list says so) rather than some of them picked arbitrarily.
 */
export const TOP_CHALLENGE_MAX_ROWS = 2 * TOP_CHALLENGE_RANKS;

export interface Ranked<T> {
  /** Standard competition rank by votes across regions ("1, 2, 2, 4"). */
  rank: number;
  votes: number;
  item: T;
}

/** What the cross-region list holds and what it leaves out, so the report can say where it was cut. */
export interface TopList<T> {
  rows: Ranked<T>[];
  /** Challenges with at least one vote, listed or not. */
  withVotes: number;
  /** The group of equal votes at the end of the list, when keeping it whole made the list run past the ranks shown. */
  lastTie: { rank: number; votes: number; count: number } | null;
  /** A group of equal votes left out whole because keeping it would make the list too long. */
  droppedTie: { votes: number; count: number } | null;
}

/**
 * The challenges with the most votes: ranked by raw votes, equal votes sharing a rank, every challenge of rank
 * ≤ TOP_CHALLENGE_RANKS listed (so a tie at the cut is never split). Items keep their given order within a rank.
 */
export function topList<T>(items: readonly { votes: number; item: T }[]): TopList<T> {
  const voted = items.filter((entry) => entry.votes > 0);
  const sorted = voted.map((entry, index) => ({ ...entry, index })).sort((a, b) => b.votes - a.votes || a.index - b.index);
  const ranked = sorted.map((entry) => ({
    rank: 1 + sorted.filter((other) => other.votes > entry.votes).length,
    votes: entry.votes,
    item: entry.item,
  }));
  let rows = ranked.filter((row) => row.rank <= TOP_CHALLENGE_RANKS);
  let droppedTie: TopList<T>['droppedTie'] = null;
  const lastRank = rows.at(-1)?.rank;
  if (rows.length > TOP_CHALLENGE_MAX_ROWS && lastRank !== undefined && lastRank > 1) {
    const dropped = rows.filter((row) => row.rank === lastRank);
    rows = rows.filter((row) => row.rank !== lastRank);
    droppedTie = { votes: dropped[0]!.votes, count: dropped.length };
  }
  const last = rows.at(-1);
  const tied = last ? ranked.filter((row) => row.votes === last.votes).length : 0;
  return {
    rows,
    withVotes: voted.length,
    lastTie: last && tied > 1 && rows.length > TOP_CHALLENGE_RANKS ? { rank: last.rank, votes: last.votes, count: tied } : null,
    droppedTie,
  };
}
