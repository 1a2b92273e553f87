import {
  WALL_LIMITS,
  isForTheScreen,
  type BoardSnapshot,
  type ChallengeCard,
  type WallAction,
  type WallCategoryCount,
  type WallChallenge,
  type WallGroup,
} from '@rembuk/shared';

/**
 * One group as the projector wall shows it: only cards approved for the screen, challenges ordered top first
 * (most votes once revealed, then agreed before draft, then board order), each with the actions that answer it,
 * cut to what the wall can show (`WALL_LIMITS`); everything approved is still counted, per column and per category.
 * `totals` is null while the group's votes are not revealed: the wall then never hints at them.
 */
export function wallGroup(groupId: string, board: BoardSnapshot, totals: Readonly<Record<string, number>> | null): WallGroup {
  const challenges = board.challenges.filter(isForTheScreen);
  const actions = board.actions.filter(isForTheScreen);
  const approved = new Set(challenges.map((card) => card.id as string));
  const votesOf = (card: ChallengeCard) => (totals ? (totals[card.id] ?? 0) : null);
  const ranked = challenges
    .map((card, boardOrder) => ({ card, boardOrder, votes: votesOf(card) }))
    .sort(
      (a, b) =>
        (b.votes ?? 0) - (a.votes ?? 0) ||
        Number(b.card.status === 'agreed') - Number(a.card.status === 'agreed') ||
        a.boardOrder - b.boardOrder,
    );
  const top: WallChallenge[] = ranked.slice(0, WALL_LIMITS.challenges).map(({ card, votes }) => ({
    id: card.id,
    text: card.text,
    category: card.category,
    votes,
    agreed: card.status === 'agreed',
    actions: actions
      .filter((action) => action.addresses.includes(card.id))
      .slice(0, WALL_LIMITS.actionsPerChallenge)
      .map(toWallAction),
  }));
  return {
    groupId,
    challengeCount: challenges.length,
    actionCount: actions.length,
    challenges: top,
    otherActions: actions
      .filter((action) => !action.addresses.some((id) => approved.has(id)))
      .slice(0, WALL_LIMITS.otherActions)
      .map(toWallAction),
    categories: categoryCounts(challenges, votesOf),
  };
}

function categoryCounts(challenges: readonly ChallengeCard[], votesOf: (card: ChallengeCard) => number | null): WallCategoryCount[] {
  const counts = new Map<string | null, WallCategoryCount>();
  for (const card of challenges) {
    const count = counts.get(card.category) ?? { category: card.category, challenges: 0, votes: null };
    const votes = votesOf(card);
    counts.set(card.category, {
      category: card.category,
      challenges: count.challenges + 1,
      votes: votes === null ? count.votes : (count.votes ?? 0) + votes,
    });
  }
  return [...counts.values()];
}

function toWallAction(card: { id: string; text: string }): WallAction {
  return { id: card.id, text: card.text };
}
