import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CardId } from '../ids.js';
import { SCOPES, TIMEFRAMES } from './cardFields.js';
import {
  addCard,
  columnOrder,
  deleteCard,
  editCardText,
  getCard,
  cardKind,
  linkActionToChallenge,
  moveCard,
  setActionField,
  setActionTimeframe,
  setCardStatus,
  setChallengeScope,
} from './boardDoc.js';
import { readBoard } from './readBoard.js';

/** A small seeded PRNG (mulberry32) so a failing seed can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(next() * items.length)];
}

/** One random user action with the shared helpers, as the UI would do it. */
function randomEdit(doc: Y.Doc, next: () => number): void {
  const challenges = columnOrder(doc, 'challenge');
  const actions = columnOrder(doc, 'action');
  const any = pick(next, [...challenges, ...actions]);
  const roll = next();
  if (roll < 0.2 || any === undefined) {
    addCard(doc, { kind: next() < 0.5 ? 'challenge' : 'action', text: `c${Math.floor(next() * 100)}` });
  } else if (roll < 0.5) {
    const length = getCard(doc, any)?.get('text') instanceof Y.Text ? (getCard(doc, any)!.get('text') as Y.Text).length : 0;
    const index = Math.floor(next() * (length + 1));
    const remove = next() < 0.3 ? Math.floor(next() * 3) : 0;
    editCardText(doc, any, index, remove, String.fromCharCode(97 + Math.floor(next() * 26)));
  } else if (roll < 0.62) {
    moveCard(doc, any, pick(next, ['up', 'down', 'top', 'bottom'] as const)!);
  } else if (roll < 0.7) {
    deleteCard(doc, any);
  } else if (roll < 0.8) {
    const action = pick(next, actions);
    const challenge = pick(next, challenges);
    if (action && challenge) linkActionToChallenge(doc, action, challenge, next() < 0.7);
  } else if (roll < 0.9) {
    setCardStatus(doc, any, pick(next, ['draft', 'agreed'] as const)!);
  } else if (cardKind(getCard(doc, any)!) === 'challenge') {
    setChallengeScope(doc, any, pick(next, SCOPES)!);
  } else {
    setActionTimeframe(doc, any, pick(next, TIMEFRAMES)!);
    setActionField(doc, any, 'partners', `p${Math.floor(next() * 9)}`);
  }
}

/** Exchange every replica's missing updates with every other (what the server relays). */
function syncAll(docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}

describe('randomized concurrent edits from several replicas', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('converge to one board (seed %i)', (seed) => {
    const next = random(seed);
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc(), new Y.Doc()];
    for (let round = 0; round < 30; round++) {
      for (const doc of docs) {
        const edits = Math.floor(next() * 4);
        for (let i = 0; i < edits; i++) randomEdit(doc, next);
      }
      // Sometimes only part of the room syncs (a phone on bad wifi), then everyone.
      if (next() < 0.5) syncAll(docs.slice(0, 2));
      if (next() < 0.3) syncAll(docs);
    }
    syncAll(docs);
    const boards = docs.map((doc) => readBoard(doc));
    for (const board of boards.slice(1)) expect(board).toEqual(boards[0]);
    // Invariants the UI relies on: unique ids per column, links only to existing challenges.
    const board = boards[0]!;
    const challengeIds = new Set<CardId>(board.challenges.map((card) => card.id));
    expect(challengeIds.size).toBe(board.challenges.length);
    for (const action of board.actions) for (const id of action.addresses) expect(challengeIds.has(id)).toBe(true);
  });
});
