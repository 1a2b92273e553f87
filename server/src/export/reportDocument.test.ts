import { describe, expect, it } from 'vitest';
import type { CardId, ChallengeCard, EventId, GroupId, JoinCode } from '@rembuk/shared';
import type { EventOutcomes } from './eventOutcomes.js';
import { layoutReport, type ReportBlock } from './reportDocument.js';
import { buildReportModel } from './reportModel.js';

function challenge(id: string): ChallengeCard {
  return { kind: 'challenge', id: id as CardId, text: `Tantangan ${id}`, status: 'draft', notForScreen: false, mergedInto: null, category: null, scope: null };
}

/** Fourteen voted challenges in two groups (9 and 3 devices); five tie at 4 votes from rank 8. */
function outcomes(): EventOutcomes {
  const groups = [{ id: 'g1' as GroupId, name: 'NTT' }, { id: 'g2' as GroupId, name: 'Jawa' }];
  const nttVotes = [9, 8, 8, 7, 6, 5, 5, 4, 4];
  const jawaVotes = [4, 4, 4, 1, 1];
  const group = (index: number, votes: number[], participants: number) => ({
    group: groups[index]!,
    board: { challenges: votes.map((_, card) => challenge(`${index}-${card}`)), actions: [] },
    votes: Object.fromEntries(votes.map((count, card) => [`${index}-${card}`, count])),
    participants,
  });
  return {
    event: {
      id: 'evt0000000000001' as EventId, title: 'Rapat', date: null, place: null, timeZone: 'WITA', language: 'id',
      categories: [], groups, joinCode: 'AAAA-BBBB' as JoinCode, organizerKeyHash: '', ticketSecret: '',
      settings: { allowReadingOtherGroups: false, voteBudget: { perParticipant: 5, perCard: 3 }, purgeAfterDays: 30 },
      createdAt: '', purgeAt: '',
    },
    generatedAt: new Date('2027-07-21T05:30:00Z'),
    includesNotForScreen: false,
    groups: [group(0, nttVotes, 9), group(1, jawaVotes, 3)],
  };
}

const tableCaptioned = (blocks: ReportBlock[], title: string) => {
  const block = blocks.find((candidate) => candidate.kind === 'table' && candidate.caption.title === title);
  if (block?.kind !== 'table') throw new Error(`no table ${title}`);
  return block.table;
};

describe('the report layout', () => {
  it('lists a tie at the cut of the top list whole and says where the list was cut and what it is ranked by', () => {
    const { blocks } = layoutReport(buildReportModel(outcomes(), 'en'));
    const top = tableCaptioned(blocks, 'Challenges with the most votes');
    expect(top.rows.map((row) => row[0])).toEqual([1, 2, 2, 4, 5, 6, 6, 8, 8, 8, 8, 8]);
    expect(top.rows.at(-1)).toEqual([8, 'Jawa', 'Tantangan 1-2', '', 4, '1.33']);
    const notes = blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    expect(notes).toContainEqual(expect.stringContaining('Ranked by raw votes across all regions; equal votes share a rank.'));
    expect(notes).toContainEqual(expect.stringContaining('12 of 14 challenges with votes are shown. 5 challenges tie at 4 votes (rank 8), and all of them are shown.'));
  });

  it('numbers the captions in order, with the region, and turns no page for a region without action steps', () => {
    const { blocks } = layoutReport(buildReportModel(outcomes(), 'id'));
    const tables = blocks.flatMap((block) => (block.kind === 'table' ? [block] : []));
    expect(tables.map((block) => block.caption.number)).toEqual(tables.map((_, index) => index + 1));
    expect(tables.filter((block) => block.landscape).map((block) => block.caption.title)).toEqual([]);
    expect(tables[1]!.caption).toEqual({ label: 'Tabel', number: 2, title: 'Tantangan — NTT' });
  });
});
