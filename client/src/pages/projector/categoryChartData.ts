import type { GroupInfo, WallView } from '@rembuk/shared';

/** One bar series: a region's count in each category, in the order of `categories`. */
export interface ChartSeries {
  groupId: string;
  label: string;
  values: number[];
}

/** Challenges (or revealed votes) per category × region, ready for a stacked bar chart. */
export interface CategoryChartData {
  /** Category keys, most challenges first; `null` collects challenges with no category yet. */
  categories: (string | null)[];
  challenges: ChartSeries[];
  /** Votes per category × region; only groups whose votes are revealed count. Null while none are. */
  votes: ChartSeries[] | null;
}

/**
 * Counts from the wall (so only cards approved for the screen). The event's categories keep their order on ties;
 * categories no group used are left out, so the bars stay large.
 */
export function categoryChartData(wall: WallView, groups: readonly GroupInfo[], eventCategories: readonly string[]): CategoryChartData {
  const names = new Map(groups.map((group) => [group.id as string, group.name]));
  const keyOf = (category: string | null) => category ?? '';
  const totals = new Map<string, number>();
  for (const group of wall.groups) {
    for (const card of group.challenges) totals.set(keyOf(card.category), (totals.get(keyOf(card.category)) ?? 0) + 1);
  }
  const known = [...eventCategories, ...[...totals.keys()].filter((key) => key !== '' && !eventCategories.includes(key))];
  const order = [...known, ''].filter((key) => (totals.get(key) ?? 0) > 0);
  order.sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  const series = (value: (category: string, groupIndex: number) => number): ChartSeries[] =>
    wall.groups.map((group, groupIndex) => ({
      groupId: group.groupId,
      label: names.get(group.groupId) ?? group.groupId,
      values: order.map((category) => value(category, groupIndex)),
    }));
  const challengesIn = (category: string, groupIndex: number) =>
    wall.groups[groupIndex]?.challenges.filter((card) => keyOf(card.category) === category) ?? [];
  const anyVotes = wall.groups.some((group) => group.challenges.some((card) => card.votes !== null));
  return {
    categories: order.map((key) => (key === '' ? null : key)),
    challenges: series((category, index) => challengesIn(category, index).length),
    votes: anyVotes ? series((category, index) => challengesIn(category, index).reduce((sum, card) => sum + (card.votes ?? 0), 0)) : null,
  };
}
