import { describe, expect, it } from 'vitest';
import type { ActionCard, CardId, ChallengeCard, EventId, GroupId, JoinCode } from '@rembuk/shared';
import type { EventOutcomes } from './eventOutcomes.js';
import { buildReportModel, priorityRanks } from './reportModel.js';

function challenge(id: string, category: string | null, status: ChallengeCard['status'] = 'draft'): ChallengeCard {
  return { kind: 'challenge', id: id as CardId, text: `Tantangan ${id}`, status, notForScreen: false, mergedInto: null, category, scope: null };
}

function action(id: string, addresses: string[]): ActionCard {
  return { kind: 'action', id: id as CardId, text: `Langkah ${id}`, status: 'agreed', notForScreen: false, mergedInto: null,
    addresses: addresses as CardId[], responsibleOrg: '', partners: '', timeframe: null, resources: '', indicator: '', firstStep: '' };
}

function outcomes(): EventOutcomes {
  const groups = [{ id: 'g1' as GroupId, name: 'NTT' }, { id: 'g2' as GroupId, name: 'Jawa' }];
  return {
    event: {
      id: 'evt0000000000001' as EventId, title: 'Rapat', date: null, place: null, timeZone: 'WIT', language: 'id',
      categories: ['prevention', 'protection'], groups, joinCode: 'AAAA-BBBB' as JoinCode, organizerKeyHash: '', ticketSecret: '',
      settings: { allowReadingOtherGroups: false, voteBudget: { perParticipant: 5, perCard: 3 }, purgeAfterDays: 30 },
      createdAt: '', purgeAt: '',
    },
    generatedAt: new Date('2027-07-21T05:30:00Z'),
    includesNotForScreen: false,
    groups: [
      {
        group: groups[0]!,
        board: { challenges: [challenge('a', 'prevention', 'agreed'), challenge('b', 'Adat'), challenge('c', null)], actions: [action('x', ['c', 'a'])] },
        votes: { a: 2, b: 5, c: 2 },
        participants: 4,
      },
      { group: groups[1]!, board: { challenges: [challenge('d', 'prevention')], actions: [] }, votes: { d: 3 }, participants: 0 },
    ],
  };
}

describe('the report model', () => {
  it('ranks by votes: equal votes share a rank, the next rank skips, no votes get no rank', () => {
    expect(priorityRanks([2, 5, 2, 0, 1])).toEqual([2, 1, 2, null, 4]);
    expect(priorityRanks([0, 0])).toEqual([null, null]);
  });

  it('numbers cards in board order and refers to challenges by those numbers', () => {
    const [ntt] = buildReportModel(outcomes(), 'id').regions;
    expect(ntt!.challenges.map((row) => [row.number, row.votes, row.priority])).toEqual([[1, 2, 2], [2, 5, 1], [3, 2, 2]]);
    expect(ntt!.actions[0]!.addresses).toBe('3, 1');
  });

  it('counts challenges per category and region: the event’s categories, then others, then none', () => {
    const model = buildReportModel(outcomes(), 'en');
    expect(model.categories).toEqual([
      { category: 'Prevention', perRegion: [1, 1], total: 2 },
      { category: 'Protection', perRegion: [0, 0], total: 0 },
      { category: 'Adat', perRegion: [1, 0], total: 1 },
      { category: '(no category)', perRegion: [1, 0], total: 1 },
    ]);
    expect(model.totalParticipants).toBe(4);
  });

  it('lists the most voted challenges across regions, ties sharing a rank in board and region order', () => {
    const model = buildReportModel(outcomes(), 'id');
    expect(model.topChallenges.rows.map(({ rank, item }) => [rank, item.region, item.row.card.id, item.row.votes, item.votesPerDevice])).toEqual([
      [1, 'NTT', 'b', 5, 1.25], [2, 'Jawa', 'd', 3, null], [3, 'NTT', 'a', 2, 0.5], [3, 'NTT', 'c', 2, 0.5],
    ]);
    expect(model.topChallenges.withVotes).toBe(4);
    expect(model.agreed.map((card) => [card.kind, card.number])).toEqual([['challenge', 1], ['action', 1]]);
  });
});
