import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS, addCard, cardsOf, deleteCard, editCardText, linkActionToChallenge, moveCard, setActionField, type CardId } from '@rembuk/shared';
import { inspectUpdate } from './updateGate.js';

/** A small deterministic generator, so a failing run can be repeated from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

/** One honest edit, as the shipped client makes them, on a replica. */
function randomEdit(doc: Y.Doc, next: () => number): void {
  const ids = [...cardsOf(doc).keys()] as CardId[];
  const pick = (): CardId | undefined => ids[Math.floor(next() * ids.length)];
  const choice = next();
  const id = pick();
  if (choice < 0.25 || id === undefined) addCard(doc, { kind: next() < 0.5 ? 'challenge' : 'action', text: 'kartu' });
  else if (choice < 0.65) editCardText(doc, id, Math.floor(next() * 6), Math.floor(next() * 3), 'ab');
  else if (choice < 0.75) moveCard(doc, id, next() < 0.5 ? 'up' : 'down');
  else if (choice < 0.85) deleteCard(doc, id);
  else {
    const card = cardsOf(doc).get(id);
    const other = pick();
    if (card?.get('kind') === 'action' && other && cardsOf(doc).get(other)?.get('kind') === 'challenge') {
      linkActionToChallenge(doc, id, other, true);
    } else if (card?.get('kind') === 'action') {
      setActionField(doc, id, 'partners', 'IOM');
    }
  }
}

/** Whether Yjs itself integrates `update` completely into a copy of `doc` (nothing left pending). */
function yjsIntegratesCompletely(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(copy, update);
  return copy.store.pendingStructs === null && copy.store.pendingDs === null;
}

describe('the update gate', () => {
  it('admits every honest update delivered in order, from many replicas', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = random(seed);
      const server = new Y.Doc();
      const replicas = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
      for (let step = 0; step < 60; step++) {
        const replica = replicas[Math.floor(next() * replicas.length)] as Y.Doc;
        Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
        const before = Y.encodeStateVector(replica);
        randomEdit(replica, next);
        const update = Y.encodeStateAsUpdate(replica, before);
        const verdict = inspectUpdate(server, update, 0);
        expect(verdict, `seed ${seed}, step ${step}`).toMatchObject({ ok: true });
        if (verdict.ok) Y.applyUpdate(server, verdict.update);
        expect(server.store.pendingStructs).toBeNull();
      }
    }
  });

  it('calls an update incomplete exactly when Yjs would leave part of it pending, whatever the delivery order', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const next = random(seed);
      const author = new Y.Doc();
      const updates: Uint8Array[] = [];
      author.on('update', (update: Uint8Array) => updates.push(update));
      for (let step = 0; step < 12; step++) randomEdit(author, next);
      // Deliver a shuffled selection: some updates miss their predecessors.
      const server = new Y.Doc();
      const order = updates.map((update) => ({ update, key: next() })).sort((a, b) => a.key - b.key);
      for (const { update } of order) {
        const verdict = inspectUpdate(server, update, 0);
        const complete = yjsIntegratesCompletely(server, update);
        expect(verdict.ok || verdict.refusal === 'incomplete', `seed ${seed}`).toBe(true);
        expect(verdict.ok, `seed ${seed}: gate and Yjs disagree`).toBe(complete);
        if (verdict.ok) Y.applyUpdate(server, verdict.update);
        expect(server.store.pendingStructs).toBeNull();
        expect(server.store.pendingDs).toBeNull();
      }
    }
  });

  it('refuses a card value that is not a card map, and embeds or formats in card text', () => {
    const server = new Y.Doc();
    const honest = new Y.Doc();
    const id = addCard(honest, { kind: 'challenge', text: 'teks' });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(honest));
    const attempts: ((doc: Y.Doc) => void)[] = [
      (doc) => (cardsOf(doc) as Y.Map<unknown>).set('poison00000001', 5),
      (doc) => (cardsOf(doc) as Y.Map<unknown>).set('poison00000002', new Y.Text('x')),
      (doc) => (cardsOf(doc).get(id)!.get('text') as Y.Text).insertEmbed(0, { big: 'x' }),
      (doc) => (cardsOf(doc).get(id)!.get('text') as Y.Text).format(0, 2, { bold: true }),
      (doc) => cardsOf(doc).get(id)!.set('author', 'Budi'),
      (doc) => doc.getMap('secrets').set('x', 'y'),
    ];
    for (const attempt of attempts) {
      const attacker = new Y.Doc();
      Y.applyUpdate(attacker, Y.encodeStateAsUpdate(server));
      const before = Y.encodeStateVector(attacker);
      attempt(attacker);
      expect(inspectUpdate(server, Y.encodeStateAsUpdate(attacker, before), 0)).toMatchObject({ ok: false, refusal: 'schema' });
    }
  });

  it('calls bytes that are no update malformed, without throwing', () => {
    const server = new Y.Doc();
    expect(inspectUpdate(server, Uint8Array.of(255, 255, 255, 255, 255, 255), 0)).toMatchObject({ ok: false, refusal: 'malformed' });
    expect(server.store.clients.size).toBe(0);
  });

  it('refuses an update that would pass the board size limit', () => {
    const server = new Y.Doc();
    const update = Y.encodeStateAsUpdate(new Y.Doc());
    expect(inspectUpdate(server, update, LIMITS.maxBoardBytes)).toMatchObject({ ok: false, refusal: 'boardFull' });
  });
});
