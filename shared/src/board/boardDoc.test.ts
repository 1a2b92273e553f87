import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS } from '../limits.js';
import {
  addCard,
  cardsOf,
  deleteCard,
  editCardText,
  linkActionToChallenge,
  moveCard,
  setActionField,
  setActionTimeframe,
  setCardStatus,
  setChallengeCategory,
  setChallengeScope,
  setNotForScreen,
} from './boardDoc.js';
import { readBoard } from './readBoard.js';
import { cardProblem } from './validateCard.js';

function texts(doc: Y.Doc, kind: 'challenge' | 'action'): string[] {
  const board = readBoard(doc);
  return (kind === 'challenge' ? board.challenges : board.actions).map((card) => card.text);
}

describe('board document helpers', () => {
  it('start from an empty board: nothing is seeded', () => {
    const doc = new Y.Doc();
    expect(readBoard(doc)).toEqual({ challenges: [], actions: [] });
    expect(cardsOf(doc).size).toBe(0);
  });

  it('add cards to the end of their own column, or after a given card', () => {
    const doc = new Y.Doc();
    const first = addCard(doc, { kind: 'challenge', text: 'A' });
    addCard(doc, { kind: 'action', text: 'X' });
    addCard(doc, { kind: 'challenge', text: 'C' });
    addCard(doc, { kind: 'challenge', text: 'B', after: first });
    expect(texts(doc, 'challenge')).toEqual(['A', 'B', 'C']);
    expect(texts(doc, 'action')).toEqual(['X']);
  });

  it('make each add one update, so a card never arrives half-built', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    addCard(doc, { kind: 'action', text: 'Latih petugas' });
    expect(updates).toBe(1);
  });

  it('edit text at a position and clamp to the text length limit', () => {
    const doc = new Y.Doc();
    const id = addCard(doc, { kind: 'challenge', text: 'Data korban' });
    editCardText(doc, id, 5, 6, 'penyintas');
    expect(texts(doc, 'challenge')).toEqual(['Data penyintas']);
    editCardText(doc, id, 999, 0, 'x'.repeat(LIMITS.maxCardTextLength));
    expect(readBoard(doc).challenges[0]!.text.length).toBe(LIMITS.maxCardTextLength);
  });

  it('move cards up, down, to the top and to the bottom', () => {
    const doc = new Y.Doc();
    const [a, b, c] = ['A', 'B', 'C'].map((text) => addCard(doc, { kind: 'challenge', text }));
    moveCard(doc, c!, 'up');
    expect(texts(doc, 'challenge')).toEqual(['A', 'C', 'B']);
    moveCard(doc, a!, 'bottom');
    expect(texts(doc, 'challenge')).toEqual(['C', 'B', 'A']);
    moveCard(doc, a!, 'top');
    expect(texts(doc, 'challenge')).toEqual(['A', 'C', 'B']);
    moveCard(doc, b!, 'down');
    expect(texts(doc, 'challenge')).toEqual(['A', 'C', 'B']);
    moveCard(doc, a!, 'down');
    expect(texts(doc, 'challenge')).toEqual(['C', 'A', 'B']);
  });

  it('still move cards whose positions tie after concurrent appends', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    addCard(one, { kind: 'challenge', text: 'A' });
    addCard(two, { kind: 'challenge', text: 'B' });
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    const before = texts(one, 'challenge');
    const second = readBoard(one).challenges[1]!.id;
    moveCard(one, second, 'up');
    expect(texts(one, 'challenge')).toEqual([...before].reverse());
  });

  it('set challenge and action fields, and refuse fields of the other kind', () => {
    const doc = new Y.Doc();
    const challenge = addCard(doc, { kind: 'challenge', text: 'Perekrutan ilegal' });
    const action = addCard(doc, { kind: 'action', text: 'Sosialisasi desa' });
    setChallengeCategory(doc, challenge, 'prevention');
    setChallengeScope(doc, challenge, 'crossBorder');
    setCardStatus(doc, challenge, 'agreed');
    setNotForScreen(doc, challenge, true);
    setActionField(doc, action, 'responsibleOrg', 'Dinas Tenaga Kerja');
    setActionField(doc, action, 'indicator', '20 desa');
    setActionTimeframe(doc, action, '3to6');
    expect(() => setChallengeCategory(doc, action, 'protection')).toThrow();
    expect(() => setActionTimeframe(doc, challenge, 'upTo3')).toThrow();
    const board = readBoard(doc);
    expect(board.challenges[0]).toMatchObject({ category: 'prevention', scope: 'crossBorder', status: 'agreed', notForScreen: true });
    expect(board.actions[0]).toMatchObject({ responsibleOrg: 'Dinas Tenaga Kerja', indicator: '20 desa', timeframe: '3to6' });
  });

  it('link actions to challenges, in board order, and drop links when a challenge is deleted', () => {
    const doc = new Y.Doc();
    const first = addCard(doc, { kind: 'challenge', text: '1' });
    const second = addCard(doc, { kind: 'challenge', text: '2' });
    const action = addCard(doc, { kind: 'action', text: 'A' });
    linkActionToChallenge(doc, action, second, true);
    linkActionToChallenge(doc, action, first, true);
    expect(readBoard(doc).actions[0]!.addresses).toEqual([first, second]);
    linkActionToChallenge(doc, action, second, false);
    expect(readBoard(doc).actions[0]!.addresses).toEqual([first]);
    deleteCard(doc, first);
    expect(readBoard(doc).actions[0]!.addresses).toEqual([]);
    expect(texts(doc, 'challenge')).toEqual(['2']);
    expect(() => linkActionToChallenge(doc, action, action, true)).toThrow();
  });

  it('produce only cards the server-side schema check accepts', () => {
    const doc = new Y.Doc();
    const challenge = addCard(doc, { kind: 'challenge', text: 'x' });
    const action = addCard(doc, { kind: 'action', text: 'y' });
    setChallengeScope(doc, challenge, 'local');
    linkActionToChallenge(doc, action, challenge, true);
    setActionField(doc, action, 'partners', 'LSM');
    cardsOf(doc).forEach((card, id) => expect(cardProblem(id, card)).toBeNull());
  });

  it('let the schema check reject foreign fields, kinds and oversized text', () => {
    const doc = new Y.Doc();
    const id = addCard(doc, { kind: 'challenge', text: 'x' });
    const card = cardsOf(doc).get(id)!;
    card.set('author', 'Budi');
    expect(cardProblem(id, card)).toMatch(/unknown field/);
    card.delete('author');
    card.set('kind', 'poll');
    expect(cardProblem(id, card)).toMatch(/unknown kind/);
    card.set('kind', 'challenge');
    card.set('scope', 'galaxy');
    expect(cardProblem(id, card)).toMatch(/scope/);
    card.set('scope', null);
    (card.get('text') as Y.Text).insert(0, 'y'.repeat(LIMITS.maxCardTextLength));
    expect(cardProblem(id, card)).toMatch(/exceeds/);
  });
});
