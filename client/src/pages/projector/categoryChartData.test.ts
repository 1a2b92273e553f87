import { describe, expect, it } from 'vitest';
import type { GroupId, GroupInfo, WallCategoryCount, WallView } from '@rembuk/shared';
import { categoryChartData } from './categoryChartData.js';

const groups: GroupInfo[] = [
  { id: 'jawa' as GroupId, name: 'Jawa' },
  { id: 'ntt1' as GroupId, name: 'NTT' },
];

/** A challenge of one category, with its votes (null: not revealed). */
interface Challenge {
  category: string | null;
  votes: number | null;
}

function challenge(category: string | null, votes: number | null = null): Challenge {
  return { category, votes };
}

/** Per-category counts as the server sends them. */
function counted(challenges: Challenge[]): WallCategoryCount[] {
  const counts: WallCategoryCount[] = [];
  for (const { category, votes } of challenges) {
    const count = counts.find((candidate) => candidate.category === category);
    if (count) {
      count.challenges += 1;
      if (votes !== null) count.votes = (count.votes ?? 0) + votes;
    } else {
      counts.push({ category, challenges: 1, votes });
    }
  }
  return counts;
}

function wall(jawa: Challenge[], ntt: Challenge[]): WallView {
  return {
    groups: [
      { groupId: 'jawa', challengeCount: jawa.length, actionCount: 0, challenges: [], otherActions: [], categories: counted(jawa) },
      { groupId: 'ntt1', challengeCount: ntt.length, actionCount: 0, challenges: [], otherActions: [], categories: counted(ntt) },
    ],
    themes: [],
  };
}

describe('categoryChartData', () => {
  it('counts challenges per category and region, most used category first, unused ones left out', () => {
    const data = categoryChartData(
      wall([challenge('prevention'), challenge('protection'), challenge('protection')], [challenge('protection'), challenge(null)]),
      groups,
      ['prevention', 'protection', 'funding'],
    );
    expect(data.categories).toEqual(['protection', 'prevention', null]);
    expect(data.challenges).toEqual([
      { groupId: 'jawa', label: 'Jawa', values: [2, 1, 0] },
      { groupId: 'ntt1', label: 'NTT', values: [1, 0, 1] },
    ]);
    expect(data.votes).toBeNull();
  });

  it('keeps a category the organizer typed, and sums only revealed votes', () => {
    const data = categoryChartData(wall([challenge('Pendataan', 3), challenge('prevention', 1)], [challenge('prevention')]), groups, ['prevention']);
    expect(data.categories).toEqual(['prevention', 'Pendataan']);
    expect(data.votes).toEqual([
      { groupId: 'jawa', label: 'Jawa', values: [1, 3] },
      { groupId: 'ntt1', label: 'NTT', values: [0, 0] },
    ]);
  });

  it('is empty for an empty wall', () => {
    expect(categoryChartData(wall([], []), groups, ['prevention'])).toMatchObject({ categories: [], votes: null });
  });
});
