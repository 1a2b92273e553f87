import * as Y from 'yjs';
import type { CardId } from '../ids.js';
import {
  CARD_KEYS,
  CARD_STATUSES,
  SCOPES,
  TIMEFRAMES,
  type CardStatus,
  type Scope,
  type Timeframe,
} from './cardFields.js';
import { cardText, columnOrder, getCard, type CardMap } from './boardDoc.js';
import type { ActionCard, BoardSnapshot, ChallengeCard } from './boardSnapshot.js';

/** Read a board document into a plain snapshot, tolerating missing or foreign values with safe defaults. */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  const challengeIds = columnOrder(doc, 'challenge');
  const challengeSet = new Set<string>(challengeIds);
  const challenges = challengeIds.map((id) => readChallenge(id, getCard(doc, id) as CardMap));
  const actions = columnOrder(doc, 'action').map((id) => {
    const card = getCard(doc, id) as CardMap;
    const links = card.get(CARD_KEYS.addresses);
    const linked = links instanceof Y.Map ? new Set<string>(links.keys()) : new Set<string>();
    // Board order, and only challenges that still exist (a concurrent delete may leave a dangling link).
    const addresses = challengeIds.filter((challengeId) => linked.has(challengeId) && challengeSet.has(challengeId));
    return readAction(id, card, addresses);
  });
  return { challenges, actions };
}

function readChallenge(id: CardId, card: CardMap): ChallengeCard {
  const category = card.get(CARD_KEYS.category);
  return {
    kind: 'challenge',
    id,
    text: cardText(card)?.toString() ?? '',
    status: oneOf(card.get(CARD_KEYS.status), CARD_STATUSES, 'draft' as CardStatus),
    notForScreen: card.get(CARD_KEYS.notForScreen) === true,
    mergedInto: mergedIntoOf(card),
    category: typeof category === 'string' && category !== '' ? category : null,
    scope: oneOf<Scope | null>(card.get(CARD_KEYS.scope), SCOPES, null),
  };
}

function readAction(id: CardId, card: CardMap, addresses: CardId[]): ActionCard {
  return {
    kind: 'action',
    id,
    text: cardText(card)?.toString() ?? '',
    status: oneOf(card.get(CARD_KEYS.status), CARD_STATUSES, 'draft' as CardStatus),
    notForScreen: card.get(CARD_KEYS.notForScreen) === true,
    mergedInto: mergedIntoOf(card),
    addresses,
    responsibleOrg: stringField(card, 'responsibleOrg'),
    partners: stringField(card, 'partners'),
    timeframe: oneOf<Timeframe | null>(card.get(CARD_KEYS.timeframe), TIMEFRAMES, null),
    resources: stringField(card, 'resources'),
    indicator: stringField(card, 'indicator'),
    firstStep: stringField(card, 'firstStep'),
  };
}

function stringField(card: CardMap, key: string): string {
  const value = card.get(key);
  return typeof value === 'string' ? value : '';
}

function oneOf<T>(value: unknown, allowed: readonly string[], fallback: T): T {
  return typeof value === 'string' && allowed.includes(value) ? (value as T) : fallback;
}

function mergedIntoOf(card: CardMap): CardId | null {
  const value = card.get(CARD_KEYS.mergedInto);
  return typeof value === 'string' && value !== '' ? (value as CardId) : null;
}
