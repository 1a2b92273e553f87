import { describe, expect, it } from 'vitest';
import type { GroupId, GroupInfo, WallChallenge, WallView } from '@rembuk/shared';
import { categoryChartData } from './categoryChartData.js';

const groups: GroupInfo[] = [
  { id: 'jawa' as GroupId, name: 'Jawa' },
  { id: 'ntt1' as GroupId, name: 'NTT' },
];

function challenge(id: string, category: string | null, votes: number | null = null): WallChallenge {
  return { id, text: id, category, votes, agreed: false, actions: [] };
}

function wall(jawa: WallChallenge[], ntt: WallChallenge[]): WallView {
  return {
    groups: [
      { groupId: 'jawa', challengeCount: jawa.length, actionCount: 0, challenges: jawa, otherActions: [] },
      { groupId: 'ntt1', challengeCount: ntt.length, actionCount: 0, challenges: ntt, otherActions: [] },
    ],
  };
}

describe('categoryChartData', () => {
  it('counts challenges per category and region, most used category first, unused ones left out', () => {
    const data = categoryChartData(
      wall([challenge('a', 'prevention'), challenge('b', 'protection'), challenge('c', 'protection')], [challenge('d', 'protection'), challenge('e', null)]),
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
    const data = categoryChartData(wall([challenge('a', 'Pendataan', 3), challenge('b', 'prevention', 1)], [challenge('c', 'prevention')]), groups, ['prevention']);
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
