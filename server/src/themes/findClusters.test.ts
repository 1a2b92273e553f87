import { describe, expect, it } from 'vitest';
import { cardTerms, standardSpelling, tokenize } from './cardTerms.js';
import { DEFAULT_THRESHOLDS } from './clusterTexts.js';
import { cardKey, findClusters, type EngineCard } from './findClusters.js';
import { dot } from './TextEmbedder.js';
import { TfidfEmbedder } from './TfidfEmbedder.js';

const challenge = (groupId: string, cardId: string, text: string): EngineCard => ({ groupId, cardId, kind: 'challenge', text });

/** A small labelled event: a paraphrase family across regions and languages, and cards that share words only. */
const event: EngineCard[] = [
  challenge('sumatera', 'c1', 'Calo merekrut lewat media sosial dengan janji kerja di luar negeri'),
  challenge('jawa', 'c2', 'Perekrutan lewat medsos dgn tawaran kerja palsu'),
  challenge('nasional', 'c3', 'Recruitment through Facebook with fake job offers abroad'),
  challenge('sulawesi', 'c4', 'Rekrutmen online lewat medsos makin marak'),
  challenge('kalimantan', 'c5', 'Eksploitasi seksual anak secara online meningkat'),
  challenge('ntt', 'c6', 'Anggaran penanganan TPPO di daerah sangat kecil'),
  challenge('bali', 'c7', 'Data korban tidak terintegrasi antar instansi'),
  challenge('maluku', 'c8', 'Korban yang pulang mendapat stigma dari masyarakat'),
];

function themeOf(cards: readonly EngineCard[]) {
  const result = findClusters(cards, new TfidfEmbedder(), DEFAULT_THRESHOLDS);
  const theme = new Map<string, number>();
  result.clusters.forEach((cluster, index) => cluster.cards.forEach((card) => theme.set(cardKey(card), index)));
  return { result, same: (a: EngineCard, b: EngineCard) => theme.get(cardKey(a)) === theme.get(cardKey(b)) };
}

describe('the themes engine', () => {
  it('groups paraphrases of one challenge across regions and languages', () => {
    const { same } = themeOf(event);
    expect(same(event[0]!, event[1]!)).toBe(true);
    expect(same(event[0]!, event[2]!)).toBe(true);
    expect(same(event[1]!, event[3]!)).toBe(true);
  });

  it('keeps apart cards that share a word but not a meaning', () => {
    const { same } = themeOf(event);
    // "online": recruitment on social media is not child sexual exploitation online.
    expect(same(event[3]!, event[4]!)).toBe(false);
    // "korban": unintegrated victim data is not the stigma victims meet at home.
    expect(same(event[6]!, event[7]!)).toBe(false);
    expect(same(event[5]!, event[0]!)).toBe(false);
  });

  it('orders a theme most central first', () => {
    const { result } = themeOf(event);
    const recruitment = result.clusters.find((cluster) => cluster.cards.some((card) => card.cardId === 'c1'))!;
    expect(recruitment.cards).toHaveLength(4);
    // The outlier of the family ("online … marak") is not its label.
    expect(recruitment.cards[0]!.cardId).not.toBe('c4');
  });

  it('writes out chat spelling before it reads a card', () => {
    expect(standardSpelling(tokenize('Warga gk tau yg dgn tdk, ga, nggak'))).toEqual(['warga', 'tidak', 'tahu', 'yang', 'dengan', 'tidak', 'tidak', 'tidak']);
    expect(cardTerms('Warga gk tau bahaya TPPO')).toEqual(cardTerms('Warga tidak tahu bahaya TPPO'));
    expect(cardTerms('Loker palsu di medsos')).toEqual(cardTerms('lowongan kerja palsu di media sosial'));
  });

  it('still finds a card with a typo', () => {
    const vectors = new TfidfEmbedder().embed([
      'Pemalsuan dokumen umur anak',
      'Pemalsuan dokumen umur anak-anak',
      'Pemalsuan dokumne umur anak',
      'Anggaran penanganan sangat kecil',
    ]);
    expect(dot(vectors[0]!, vectors[2]!)).toBeGreaterThan(dot(vectors[0]!, vectors[3]!) + 0.5);
    expect(dot(vectors[0]!, vectors[1]!)).toBeGreaterThan(0.95);
  });

  it('suggests duplicates on one board only, and never a pair a facilitator dismissed', () => {
    const board: EngineCard[] = [
      challenge('jawa', 'a1', 'Loker palsu di Instagram, korban disuruh bayar dulu'),
      challenge('jawa', 'a2', 'Loker bodong di IG, korban disuruh transfer dulu'),
      challenge('jawa', 'a3', 'Anggaran rumah aman tidak ada'),
      challenge('bali', 'b1', 'Loker palsu di Instagram, korban disuruh bayar dulu'),
    ];
    const found = findClusters(board, new TfidfEmbedder(), DEFAULT_THRESHOLDS).duplicates;
    expect(found.map((set) => set.cards.map((card) => card.cardId).sort())).toEqual([['a1', 'a2']]);
    const dismissed = findClusters(board, new TfidfEmbedder(), DEFAULT_THRESHOLDS, (a, b) => [a, b].sort().join() === 'jawa/a1,jawa/a2');
    expect(dismissed.duplicates).toEqual([]);
  });

  it('clusters challenges apart from actions, and an empty text with nothing', () => {
    const cards: EngineCard[] = [
      challenge('jawa', 'x1', 'Pemalsuan dokumen umur anak'),
      { groupId: 'bali', cardId: 'x2', kind: 'action', text: 'Pemalsuan dokumen umur anak' },
      challenge('bali', 'x3', '🙏🙏'),
    ];
    const { result } = themeOf(cards);
    expect(result.clusters).toHaveLength(3);
  });
});
