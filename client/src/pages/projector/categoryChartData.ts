import type { GroupInfo, WallCategoryCount, WallView } from '@rembuk/shared';

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
    for (const count of group.categories) totals.set(keyOf(count.category), (totals.get(keyOf(count.category)) ?? 0) + count.challenges);
  }
  const known = [...eventCategories, ...[...totals.keys()].filter((key) => key !== '' && !eventCategories.includes(key))];
  const order = [...known, ''].filter((key) => (totals.get(key) ?? 0) > 0);
  order.sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  const series = (value: (count: WallCategoryCount) => number): ChartSeries[] =>
    wall.groups.map((group) => ({
      groupId: group.groupId,
      label: names.get(group.groupId) ?? group.groupId,
      values: order.map((key) => {
        const count = group.categories.find((candidate) => keyOf(candidate.category) === key);
        return count ? value(count) : 0;
      }),
    }));
  const anyVotes = wall.groups.some((group) => group.categories.some((count) => count.votes !== null));
  return {
    categories: order.map((key) => (key === '' ? null : key)),
    challenges: series((count) => count.challenges),
    votes: anyVotes ? series((count) => count.votes ?? 0) : null,
  };
}
