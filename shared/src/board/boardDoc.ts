import * as Y from 'yjs';
import { ID_PATTERNS, newCardId, type CardId } from '../ids.js';
import { LIMITS } from '../limits.js';
import {
  ACTION_TEXT_FIELDS,
  CARDS_ROOT,
  CARD_KEYS,
  type ActionTextField,
  type CardKind,
  type CardStatus,
  type Scope,
  type Timeframe,
} from './cardFields.js';

/**
 * Typed operations on a board document. Every write runs inside `doc.transact` so a card appears, moves or
 * disappears as one update. Nothing here seeds default content: a new board is an empty map (yjs-demos#16).
 */

export type CardMap = Y.Map<unknown>;

export function cardsOf(doc: Y.Doc): Y.Map<CardMap> {
  return doc.getMap<CardMap>(CARDS_ROOT);
}

/** The card under `id`, if that entry is a card map at all (readers are total: anything else is skipped). */
export function getCard(doc: Y.Doc, id: CardId): CardMap | undefined {
  const card: unknown = cardsOf(doc).get(id);
  return card instanceof Y.Map ? (card as CardMap) : undefined;
}

/**
 * Visit every entry of the board that is a card map under a valid card id. The server's update gate keeps
 * anything else out, but a board stored before it (or by a future version) may hold other values: readers skip
 * them instead of throwing, so one bad entry never takes an event's wall, dashboard or exports down.
 */
export function forEachCard(doc: Y.Doc, visit: (card: CardMap, id: CardId) => void): void {
  cardsOf(doc).forEach((value: unknown, id) => {
    if (value instanceof Y.Map && ID_PATTERNS.card.test(id)) visit(value as CardMap, id as CardId);
  });
}

/** Keys of board entries that `forEachCard` skips (for a server to log once per board). */
export function unreadableEntries(doc: Y.Doc): string[] {
  const keys: string[] = [];
  cardsOf(doc).forEach((value: unknown, id) => {
    if (!(value instanceof Y.Map) || !ID_PATTERNS.card.test(id)) keys.push(id);
  });
  return keys;
}

export function cardKind(card: CardMap): CardKind | undefined {
  const kind = card.get(CARD_KEYS.kind);
  return kind === 'challenge' || kind === 'action' ? kind : undefined;
}

export function cardText(card: CardMap): Y.Text | undefined {
  const text = card.get(CARD_KEYS.text);
  return text instanceof Y.Text ? text : undefined;
}

export function cardPosition(card: CardMap): number {
  const position = card.get(CARD_KEYS.position);
  return typeof position === 'number' && Number.isFinite(position) ? position : 0;
}

/** Card ids of one column in board order: by position, ties broken by id so every replica agrees. */
export function columnOrder(doc: Y.Doc, kind: CardKind): CardId[] {
  const entries: { id: CardId; position: number }[] = [];
  forEachCard(doc, (card, id) => {
    if (cardKind(card) === kind) entries.push({ id, position: cardPosition(card) });
  });
  entries.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map((entry) => entry.id);
}

export interface NewCard {
  kind: CardKind;
  text?: string;
  /** Place the card right after this one in its column; at the end when absent. */
  after?: CardId;
}

export function addCard(doc: Y.Doc, card: NewCard): CardId {
  const id = newCardId();
  doc.transact(() => {
    const map: CardMap = new Y.Map<unknown>();
    const text = new Y.Text();
    if (card.text) text.insert(0, card.text.slice(0, LIMITS.maxCardTextLength));
    map.set(CARD_KEYS.kind, card.kind);
    map.set(CARD_KEYS.text, text);
    map.set(CARD_KEYS.position, positionAfter(doc, card.kind, card.after));
    map.set(CARD_KEYS.status, 'draft');
    map.set(CARD_KEYS.notForScreen, false);
    if (card.kind === 'action') map.set(CARD_KEYS.addresses, new Y.Map<boolean>());
    cardsOf(doc).set(id, map);
  });
  return id;
}

/** Replace `deleteCount` characters at `index` of a card's text with `insert`, as one keystroke-sized edit. */
export function editCardText(doc: Y.Doc, id: CardId, index: number, deleteCount: number, insert: string): void {
  const text = requireText(doc, id);
  doc.transact(() => {
    const start = clamp(index, 0, text.length);
    const removable = clamp(deleteCount, 0, text.length - start);
    if (removable > 0) text.delete(start, removable);
    const room = LIMITS.maxCardTextLength - text.length;
    if (insert && room > 0) text.insert(start, insert.slice(0, room));
  });
}

export function setCardStatus(doc: Y.Doc, id: CardId, status: CardStatus): void {
  setField(doc, id, CARD_KEYS.status, status);
}

export function setNotForScreen(doc: Y.Doc, id: CardId, notForScreen: boolean): void {
  setField(doc, id, CARD_KEYS.notForScreen, notForScreen);
}

export function setChallengeCategory(doc: Y.Doc, id: CardId, category: string | null): void {
  requireKind(doc, id, 'challenge');
  setField(doc, id, CARD_KEYS.category, category);
}

export function setChallengeScope(doc: Y.Doc, id: CardId, scope: Scope | null): void {
  requireKind(doc, id, 'challenge');
  setField(doc, id, CARD_KEYS.scope, scope);
}

export function setActionTimeframe(doc: Y.Doc, id: CardId, timeframe: Timeframe | null): void {
  requireKind(doc, id, 'action');
  setField(doc, id, CARD_KEYS.timeframe, timeframe);
}

export function setActionField(doc: Y.Doc, id: CardId, field: ActionTextField, value: string): void {
  requireKind(doc, id, 'action');
  if (!ACTION_TEXT_FIELDS.includes(field)) throw new Error(`Unknown action field: ${String(field)}`);
  setField(doc, id, field, value.slice(0, LIMITS.maxFieldLength));
}

/** Link (or unlink) an action card to a challenge it addresses. Links are a set: concurrent links merge. */
export function linkActionToChallenge(doc: Y.Doc, actionId: CardId, challengeId: CardId, linked: boolean): void {
  const action = requireKind(doc, actionId, 'action');
  requireKind(doc, challengeId, 'challenge');
  doc.transact(() => {
    let addresses = action.get(CARD_KEYS.addresses);
    if (!(addresses instanceof Y.Map)) {
      addresses = new Y.Map<boolean>();
      action.set(CARD_KEYS.addresses, addresses);
    }
    const links = addresses as Y.Map<boolean>;
    if (linked) {
      if (links.size >= LIMITS.maxLinksPerAction) return;
      links.set(challengeId, true);
    } else {
      links.delete(challengeId);
    }
  });
}

export type MoveDirection = 'up' | 'down' | 'top' | 'bottom';

/**
 * Move a card within its column. Order lives in each card's `position` number (last writer wins per card), so
 * concurrent moves never duplicate or lose a card the way delete-and-reinsert in a Y.Array can.
 */
export function moveCard(doc: Y.Doc, id: CardId, direction: MoveDirection): void {
  const card = requireCard(doc, id);
  const kind = cardKind(card);
  if (!kind) return;
  doc.transact(() => {
    let order = columnOrder(doc, kind);
    if (hasTies(doc, order)) {
      renumber(doc, order);
      order = columnOrder(doc, kind);
    }
    const index = order.indexOf(id);
    const target = targetIndex(index, order.length, direction);
    if (target === index) return;
    const without = order.filter((other) => other !== id);
    const before = without[target - 1];
    const after = without[target];
    card.set(CARD_KEYS.position, between(doc, before, after));
  });
}

/** Delete a card; deleting a challenge also removes it from every action's links in the same update. */
export function deleteCard(doc: Y.Doc, id: CardId): void {
  const card = getCard(doc, id);
  if (!card) return;
  doc.transact(() => {
    if (cardKind(card) === 'challenge') {
      forEachCard(doc, (other) => {
        const addresses = other.get(CARD_KEYS.addresses);
        if (addresses instanceof Y.Map && addresses.has(id)) addresses.delete(id);
      });
    }
    cardsOf(doc).delete(id);
  });
}

function targetIndex(index: number, length: number, direction: MoveDirection): number {
  switch (direction) {
    case 'up':
      return Math.max(0, index - 1);
    case 'down':
      return Math.min(length - 1, index + 1);
    case 'top':
      return 0;
    case 'bottom':
      return length - 1;
  }
}

function positionAfter(doc: Y.Doc, kind: CardKind, after: CardId | undefined): number {
  const order = columnOrder(doc, kind);
  if (after === undefined || !order.includes(after)) {
    const last = order[order.length - 1];
    return last === undefined ? 1 : positionOf(doc, last) + 1;
  }
  const next = order[order.indexOf(after) + 1];
  return between(doc, after, next);
}

function between(doc: Y.Doc, before: CardId | undefined, after: CardId | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return positionOf(doc, after as CardId) - 1;
  if (after === undefined) return positionOf(doc, before) + 1;
  return (positionOf(doc, before) + positionOf(doc, after)) / 2;
}

function positionOf(doc: Y.Doc, id: CardId): number {
  const card = getCard(doc, id);
  return card ? cardPosition(card) : 0;
}

/** Equal positions (concurrent appends) or positions too close to split leave no room between neighbours. */
function hasTies(doc: Y.Doc, order: CardId[]): boolean {
  for (let i = 1; i < order.length; i++) {
    const a = positionOf(doc, order[i - 1] as CardId);
    const b = positionOf(doc, order[i] as CardId);
    if ((a + b) / 2 === a || (a + b) / 2 === b) return true;
  }
  return false;
}

function renumber(doc: Y.Doc, order: CardId[]): void {
  order.forEach((id, index) => getCard(doc, id)?.set(CARD_KEYS.position, index + 1));
}

function setField(doc: Y.Doc, id: CardId, key: string, value: unknown): void {
  const card = requireCard(doc, id);
  doc.transact(() => {
    if (card.get(key) !== value) card.set(key, value);
  });
}

function requireCard(doc: Y.Doc, id: CardId): CardMap {
  const card = getCard(doc, id);
  if (!card) throw new Error(`No card ${id} on this board`);
  return card;
}

function requireKind(doc: Y.Doc, id: CardId, kind: CardKind): CardMap {
  const card = requireCard(doc, id);
  if (cardKind(card) !== kind) throw new Error(`Card ${id} is not a ${kind} card`);
  return card;
}

function requireText(doc: Y.Doc, id: CardId): Y.Text {
  const text = cardText(requireCard(doc, id));
  if (!text) throw new Error(`Card ${id} has no text`);
  return text;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
