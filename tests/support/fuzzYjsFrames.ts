import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  ACTION_TEXT_FIELDS,
  CARD_KEYS,
  addCard,
  cardText,
  cardsOf,
  deleteCard,
  editCardText,
  linkActionToChallenge,
  moveCard,
  setActionField,
  setChallengeCategory,
  type CardId,
} from '@rembuk/shared';
import { decorateText, randomBoardValue, randomJson } from './fuzzValues.js';
import type { SeededRandom } from './seededRandom.js';

/** What one fuzzed frame is, for the run's tally (which kinds were sent, how many). */
export type FrameKind =
  | 'validEdit'
  | 'flippedUpdate'
  | 'truncatedUpdate'
  | 'concatenatedUpdates'
  | 'poisonValue'
  | 'decoratedText'
  | 'rootTypeClash'
  | 'missingDependency'
  | 'pendingDelete'
  | 'randomStateVector'
  | 'randomAwareness'
  | 'randomBytes';

export interface FuzzFrame {
  kind: FrameKind;
  bytes: Uint8Array;
}

/**
 * Hostile frames for the Yjs endpoint, built against `mirror` (the attacker's copy of the board, kept up to date
 * from what the server sends). Valid updates come from real Yjs transactions with the shared helpers; the rest are
 * those updates mutated, or updates no honest client makes.
 */
export function fuzzYjsFrame(rng: SeededRandom, mirror: Y.Doc): FuzzFrame {
  const kind = rng.weighted<FrameKind>([
    [6, 'validEdit'],
    [2, 'flippedUpdate'],
    [2, 'truncatedUpdate'],
    [1, 'concatenatedUpdates'],
    [4, 'poisonValue'],
    [2, 'decoratedText'],
    [1, 'rootTypeClash'],
    [2, 'missingDependency'],
    [1, 'pendingDelete'],
    [2, 'randomStateVector'],
    [3, 'randomAwareness'],
    [1, 'randomBytes'],
  ]);
  try {
    return { kind, bytes: build(kind, rng, mirror) };
  } catch {
    // A helper refused (the mirror holds poison another attacker planted): send noise instead, still a frame.
    return { kind: 'randomBytes', bytes: rng.bytes(rng.between(1, 64)) };
  }
}

function build(kind: FrameKind, rng: SeededRandom, mirror: Y.Doc): Uint8Array {
  const subtype = rng.weighted([[4, SYNC_UPDATE], [1, SYNC_STEP_2]] as const);
  switch (kind) {
    case 'validEdit':
      return syncFrame(subtype, capture(mirror, () => validEdit(rng, mirror)));
    case 'flippedUpdate': {
      const bytes = capture(mirror, () => validEdit(rng, mirror)).slice();
      for (let i = rng.between(1, 4); i > 0 && bytes.length > 0; i--) bytes[rng.int(bytes.length)] = rng.int(256);
      return syncFrame(subtype, bytes);
    }
    case 'truncatedUpdate': {
      const bytes = capture(mirror, () => validEdit(rng, mirror));
      return syncFrame(subtype, bytes.subarray(0, rng.int(bytes.length)));
    }
    case 'concatenatedUpdates': {
      const a = capture(mirror, () => validEdit(rng, mirror));
      const b = rng.chance(0.5) ? capture(mirror, () => validEdit(rng, mirror)) : rng.bytes(rng.between(1, 16));
      return syncFrame(subtype, concat(a, b));
    }
    case 'poisonValue':
      return syncFrame(subtype, capture(mirror, () => poisonValue(rng, mirror)));
    case 'decoratedText':
      return syncFrame(subtype, capture(mirror, () => decorateSomeText(rng, mirror)));
    case 'rootTypeClash':
      return syncFrame(subtype, rootTypeClash(rng));
    case 'missingDependency':
      return syncFrame(subtype, missingDependency(rng, mirror));
    case 'pendingDelete':
      return syncFrame(subtype, pendingDelete(rng, mirror));
    case 'randomStateVector':
      return syncFrame(SYNC_STEP_1, randomStateVector(rng, mirror));
    case 'randomAwareness':
      return randomAwareness(rng, mirror);
    case 'randomBytes':
      return rng.chance(0.5) ? rng.bytes(rng.between(0, 256)) : concat(Uint8Array.of(rng.int(5), rng.int(4)), rng.bytes(rng.between(0, 32)));
  }
}

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

function syncFrame(subtype: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, subtype);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** The update of everything `change` does to `doc` (one or several transactions), merged into one. */
function capture(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array, origin: unknown): void => {
    if (origin !== REMOTE) updates.push(update);
  };
  doc.on('update', collect);
  try {
    change();
  } finally {
    doc.off('update', collect);
  }
  if (updates.length === 0) throw new Error('the change changed nothing');
  return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
}

/** Origin of updates the attacker applies from the server, so `capture` leaves them out. */
export const REMOTE = Symbol('remote');

/** A card that is a card (a Y.Map with a Y.Text): other attackers' poison is skipped, not tripped over. */
function someCard(rng: SeededRandom, doc: Y.Doc): CardId | undefined {
  const ids: string[] = [];
  (cardsOf(doc) as Y.Map<unknown>).forEach((card, id) => {
    if (card instanceof Y.Map && cardText(card)) ids.push(id);
  });
  return ids.length > 0 ? (rng.pick(ids) as CardId) : undefined;
}

/**
 * An honest change. The shared helpers read the whole column (and throw on poison the server kept), so when one
 * throws the change falls back to writing a valid card by hand, which reads nothing else.
 */
function validEdit(rng: SeededRandom, doc: Y.Doc): void {
  const id = someCard(rng, doc);
  try {
    if (id === undefined || rng.chance(0.3)) {
      addCard(doc, { kind: rng.pick(['challenge', 'action'] as const), text: rng.text(rng.between(0, 60)) });
      return;
    }
    rng.weighted<() => void>([
      [4, () => editCardText(doc, id, rng.int(50), rng.int(5), rng.text(rng.between(1, 20)))],
      [1, () => moveCard(doc, id, rng.pick(['up', 'down', 'top', 'bottom'] as const))],
      [1, () => deleteCard(doc, id)],
      [1, () => setChallengeCategory(doc, id, rng.pick(['prevention', 'funding', rng.text(5)]))],
      [1, () => setActionField(doc, id, rng.pick(ACTION_TEXT_FIELDS), rng.text(rng.between(1, 400)))],
      [1, () => linkActionToChallenge(doc, id, someCard(rng, doc) ?? id, true)],
    ])();
  } catch {
    addCardByHand(rng, doc);
  }
}

/** A valid draft card, as `addCard` builds it, at a random position (so no other card is read). */
export function addCardByHand(rng: SeededRandom, doc: Y.Doc, text = rng.text(rng.between(1, 40))): CardId {
  const id = randomId(rng);
  const kind = rng.pick(['challenge', 'action'] as const);
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    card.set(CARD_KEYS.kind, kind);
    card.set(CARD_KEYS.text, new Y.Text(text));
    card.set(CARD_KEYS.position, rng.int(1000) + rng.next());
    card.set(CARD_KEYS.status, 'draft');
    card.set(CARD_KEYS.notForScreen, false);
    if (kind === 'action') card.set(CARD_KEYS.addresses, new Y.Map<boolean>());
    cardsOf(doc).set(id, card);
  });
  return id;
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomId(rng: SeededRandom): CardId {
  let id = '';
  for (let i = 0; i < 16; i++) id += ID_ALPHABET[rng.int(ID_ALPHABET.length)];
  return id as CardId;
}

/** A value of the wrong type where a card, a card field or a link belongs. */
function poisonValue(rng: SeededRandom, doc: Y.Doc): void {
  const cards = cardsOf(doc) as Y.Map<unknown>;
  const id = someCard(rng, doc);
  const card = id === undefined ? undefined : cards.get(id);
  const value = randomBoardValue(rng);
  if (card instanceof Y.Map && rng.chance(0.6)) {
    const keys = [...Object.values(CARD_KEYS), 'author', '__proto__', rng.text(4)];
    const key = rng.pick(keys);
    const addresses = card.get(CARD_KEYS.addresses);
    if (key === CARD_KEYS.addresses && addresses instanceof Y.Map && rng.chance(0.5)) addresses.set(rng.text(16), value);
    else card.set(key, value);
    return;
  }
  cards.set(rng.chance(0.7) ? randomId(rng) : rng.text(16), value);
}

function decorateSomeText(rng: SeededRandom, doc: Y.Doc): void {
  const id = someCard(rng, doc);
  const card = id === undefined ? undefined : cardsOf(doc).get(id);
  const text = card instanceof Y.Map ? cardText(card) : undefined;
  if (!text) throw new Error('no text to decorate');
  doc.transact(() => decorateText(rng, text));
}

/** Content under the root name `cards` as another type (an array or a text) than the board's map. */
function rootTypeClash(rng: SeededRandom): Uint8Array {
  const ghost = new Y.Doc();
  if (rng.chance(0.5)) ghost.getArray('cards').insert(0, [randomJson(rng, 2), new Y.Map<unknown>()]);
  else ghost.getText('cards').insert(0, rng.text(rng.between(1, 50)));
  if (rng.chance(0.3)) ghost.getMap(rng.pick(['secrets', 'meta', rng.text(3)])).set('x', randomJson(rng, 2));
  const update = Y.encodeStateAsUpdate(ghost);
  ghost.destroy();
  return update;
}

/**
 * An update whose items depend on items the server never saw: on a copy of the board, a card is created (never
 * sent) and then typed into or extended; only the second change is sent.
 */
function missingDependency(rng: SeededRandom, mirror: Y.Doc): Uint8Array {
  const ghost = forkOf(mirror, rng);
  const id = addCardByHand(rng, ghost);
  const before = Y.encodeStateVector(ghost);
  const big = rng.chance(0.2) ? 'z'.repeat(rng.between(10_000, 200_000)) : rng.text(rng.between(1, 40));
  rng.weighted<() => void>([
    [3, () => cardText(cardsOf(ghost).get(id) as Y.Map<unknown>)?.insert(0, big)],
    [1, () => (cardsOf(ghost).get(id) as Y.Map<unknown>).set(CARD_KEYS.position, rng.int(100))],
    [1, () => (cardsOf(ghost).get(id) as Y.Map<unknown>).set('extra', randomBoardValue(rng))],
  ])();
  const update = Y.encodeStateAsUpdate(ghost, before);
  ghost.destroy();
  return update;
}

/** A delete of items the server never saw (a pending delete set). */
function pendingDelete(rng: SeededRandom, mirror: Y.Doc): Uint8Array {
  const ghost = forkOf(mirror, rng);
  const id = addCardByHand(rng, ghost);
  const deletes: Uint8Array[] = [];
  ghost.on('update', (update: Uint8Array) => deletes.push(update));
  cardsOf(ghost).delete(id);
  ghost.destroy();
  const update = deletes[0];
  if (!update) throw new Error('the delete made no update');
  return update;
}

function forkOf(mirror: Y.Doc, rng: SeededRandom): Y.Doc {
  const ghost = new Y.Doc();
  ghost.clientID = rng.between(1, 2 ** 31);
  Y.applyUpdate(ghost, Y.encodeStateAsUpdate(mirror));
  return ghost;
}

/** A SyncStep1 state vector: plausible, absurd (huge clocks, unknown clients) or garbage. */
function randomStateVector(rng: SeededRandom, mirror: Y.Doc): Uint8Array {
  if (rng.chance(0.2)) return rng.bytes(rng.between(0, 24));
  if (rng.chance(0.3)) return Y.encodeStateVector(new Y.Doc()); // "I have nothing": the whole board
  const encoder = encoding.createEncoder();
  const known = [...Y.decodeStateVector(Y.encodeStateVector(mirror)).keys()];
  const entries = rng.between(0, 8);
  encoding.writeVarUint(encoder, entries);
  for (let i = 0; i < entries; i++) {
    encoding.writeVarUint(encoder, known.length > 0 && rng.chance(0.5) ? rng.pick(known) : rng.between(0, 2 ** 31));
    encoding.writeVarUint(encoder, rng.pick([0, 1, rng.int(1000), 2 ** 31, Number.MAX_SAFE_INTEGER]));
  }
  return encoding.toUint8Array(encoder);
}

/** Awareness entries with random client ids, clocks and JSON (or not JSON at all), sometimes oversize. */
function randomAwareness(rng: SeededRandom, mirror: Y.Doc): Uint8Array {
  const inner = encoding.createEncoder();
  const entries = rng.weighted([[8, 1], [3, rng.between(2, 6)], [1, rng.between(50, 1_200)]] as const);
  encoding.writeVarUint(inner, entries);
  for (let i = 0; i < entries; i++) {
    encoding.writeVarUint(inner, rng.chance(0.5) ? mirror.clientID : rng.between(0, 2 ** 31));
    encoding.writeVarUint(inner, rng.pick([0, 1, rng.int(1e6), Number.MAX_SAFE_INTEGER]));
    const state = rng.weighted<() => string>([
      [4, () => JSON.stringify({ cursor: randomJson(rng, 1), user: randomJson(rng, 1) })],
      [2, () => JSON.stringify(randomJson(rng))],
      [1, () => 'null'],
      [1, () => rng.text(rng.between(0, 20))],
      [1, () => JSON.stringify({ blob: 'x'.repeat(rng.between(1_000, 100_000)) })],
    ])();
    encoding.writeVarString(inner, state);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
