import { describe, expect, it } from 'vitest';
import { WALL_LIMITS, type ActionCard, type BoardSnapshot, type CardId, type ChallengeCard } from '@rembuk/shared';
import { wallGroup } from './wallGroup.js';

function challenge(id: string, text: string, fields: Partial<ChallengeCard> = {}): ChallengeCard {
  return { kind: 'challenge', id: id as CardId, text, status: 'draft', notForScreen: false, mergedInto: null, category: null, scope: null, ...fields };
}

function action(id: string, text: string, addresses: string[], fields: Partial<ActionCard> = {}): ActionCard {
  return {
    kind: 'action', id: id as CardId, text, status: 'draft', notForScreen: false, mergedInto: null, addresses: addresses as CardId[],
    responsibleOrg: '', partners: '', timeframe: null, resources: '', indicator: '', firstStep: '', ...fields,
  };
}

const board: BoardSnapshot = {
  challenges: [
    challenge('c1', 'Perekrutan lewat media sosial', { category: 'onlineTech' }),
    challenge('c2', 'Korban takut melapor', { status: 'agreed', category: 'protection' }),
    challenge('c3', 'Nama seseorang', { status: 'hidden' }),
    challenge('c4', 'Duplikat', { status: 'merged', mergedInto: 'c1' as CardId }),
    challenge('c5', 'Sensitif', { notForScreen: true }),
    challenge('c6', '   '),
  ],
  actions: [
    action('a1', 'Literasi digital di sekolah', ['c1']),
    action('a2', 'Rumah aman', ['c2', 'c3']),
    action('a3', 'Disembunyikan', ['c1'], { status: 'hidden' }),
    action('a4', 'Hanya menjawab kartu tersembunyi', ['c3']),
    action('a5', 'Tanpa tautan', []),
  ],
};

describe('wallGroup', () => {
  it('keeps only cards approved for the screen and counts them per column', () => {
    const group = wallGroup('g1', board, null);
    expect(group.challenges.map((card) => card.id)).toEqual(['c2', 'c1']);
    expect(group.challengeCount).toBe(2);
    expect(group.actionCount).toBe(4);
    expect(JSON.stringify(group)).not.toMatch(/Nama seseorang|Duplikat|Sensitif|Disembunyikan/);
  });

  it('puts agreed challenges first while votes are hidden, and never hints at votes', () => {
    const group = wallGroup('g1', board, null);
    expect(group.challenges[0]).toMatchObject({ id: 'c2', agreed: true, votes: null, category: 'protection' });
    expect(group.challenges.every((card) => card.votes === null)).toBe(true);
  });

  it('ranks by revealed votes before agreement', () => {
    const group = wallGroup('g1', board, { c1: 4, c2: 1, c3: 9 });
    expect(group.challenges.map((card) => [card.id, card.votes])).toEqual([['c1', 4], ['c2', 1]]);
  });

  it('counts approved challenges per category, with their votes once revealed', () => {
    expect(wallGroup('g1', board, null).categories).toEqual([
      { category: 'onlineTech', challenges: 1, votes: null },
      { category: 'protection', challenges: 1, votes: null },
    ]);
    expect(wallGroup('g1', board, { c1: 4, c2: 1, c3: 9 }).categories).toEqual([
      { category: 'onlineTech', challenges: 1, votes: 4 },
      { category: 'protection', challenges: 1, votes: 1 },
    ]);
  });

  it('sends only what its largest view shows, and counts the rest', () => {
    const many: BoardSnapshot = {
      challenges: Array.from({ length: 10 }, (_, index) => challenge(`c${index}`, `Tantangan ${index}`, { category: index < 7 ? 'funding' : null })),
      actions: Array.from({ length: 8 }, (_, index) => action(`a${index}`, `Langkah ${index}`, index < 4 ? ['c0'] : ['c9'])),
    };
    const group = wallGroup('g1', many, null);
    expect(group.challenges).toHaveLength(WALL_LIMITS.challenges);
    expect(group.challenges[0]?.actions).toHaveLength(WALL_LIMITS.actionsPerChallenge);
    expect(group).toMatchObject({ challengeCount: 10, actionCount: 8 });
    // Actions answering an approved challenge that is not listed are not "other" actions.
    expect(group.otherActions).toEqual([]);
    expect(group.categories).toEqual([
      { category: 'funding', challenges: 7, votes: null },
      { category: null, challenges: 3, votes: null },
    ]);
  });

  it('links each challenge to the approved actions that answer it, and lists the rest apart', () => {
    const group = wallGroup('g1', board, null);
    expect(group.challenges.find((card) => card.id === 'c1')?.actions).toEqual([{ id: 'a1', text: 'Literasi digital di sekolah' }]);
    expect(group.challenges.find((card) => card.id === 'c2')?.actions.map((card) => card.id)).toEqual(['a2']);
    expect(group.otherActions.map((card) => card.id)).toEqual(['a4', 'a5']);
  });
});
