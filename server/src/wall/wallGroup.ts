import { isForTheScreen, type BoardSnapshot, type WallAction, type WallChallenge, type WallGroup } from '@rembuk/shared';

/**
 * One group as the projector wall shows it: only cards approved for the screen, challenges ordered top first
 * (most votes once revealed, then agreed before draft, then board order), each with the actions that answer it.
 * `totals` is null while the group's votes are not revealed: the wall then never hints at them.
 */
export function wallGroup(groupId: string, board: BoardSnapshot, totals: Readonly<Record<string, number>> | null): WallGroup {
  const challenges = board.challenges.filter(isForTheScreen);
  const actions = board.actions.filter(isForTheScreen);
  const listed = new Set(challenges.map((card) => card.id as string));
  const wallChallenges: WallChallenge[] = challenges.map((card) => ({
    id: card.id,
    text: card.text,
    category: card.category,
    votes: totals ? (totals[card.id] ?? 0) : null,
    agreed: card.status === 'agreed',
    actions: actions.filter((action) => action.addresses.includes(card.id)).map(toWallAction),
  }));
  const boardOrder = new Map(wallChallenges.map((card, index) => [card.id, index]));
  wallChallenges.sort(
    (a, b) =>
      (b.votes ?? 0) - (a.votes ?? 0) ||
      Number(b.agreed) - Number(a.agreed) ||
      (boardOrder.get(a.id) ?? 0) - (boardOrder.get(b.id) ?? 0),
  );
  return {
    groupId,
    challengeCount: challenges.length,
    actionCount: actions.length,
    challenges: wallChallenges,
    otherActions: actions.filter((action) => !action.addresses.some((id) => listed.has(id))).map(toWallAction),
  };
}

function toWallAction(card: { id: string; text: string }): WallAction {
  return { id: card.id, text: card.text };
}
