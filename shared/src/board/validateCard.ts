import * as Y from 'yjs';
import { ID_PATTERNS } from '../ids.js';
import { LIMITS } from '../limits.js';
import {
  ACTION_TEXT_FIELDS,
  CARD_KEYS,
  CARD_STATUSES,
  SCOPES,
  TIMEFRAMES,
} from './cardFields.js';

/**
 * The board schema the server enforces on every incoming update: a client that writes anything else has its
 * change rolled back. Returns the first problem found, or null when the card is valid.
 */
export function cardProblem(id: string, value: unknown): string | null {
  if (!ID_PATTERNS.card.test(id)) return `card id "${id.slice(0, 40)}" is not a valid id`;
  if (!(value instanceof Y.Map)) return `card ${id} is not a map`;
  const card = value as Y.Map<unknown>;
  const kind = card.get(CARD_KEYS.kind);
  if (kind !== 'challenge' && kind !== 'action') return `card ${id} has an unknown kind`;
  const text = card.get(CARD_KEYS.text);
  if (!(text instanceof Y.Text)) return `card ${id} has no text`;
  if (text.length > LIMITS.maxCardTextLength) return `card ${id} text exceeds ${LIMITS.maxCardTextLength}`;
  const position = card.get(CARD_KEYS.position);
  if (typeof position !== 'number' || !Number.isFinite(position)) return `card ${id} has no position`;

  const allowedKeys = new Set<string>([CARD_KEYS.kind, CARD_KEYS.text, CARD_KEYS.position, CARD_KEYS.status,
    CARD_KEYS.notForScreen, CARD_KEYS.mergedInto]);
  if (kind === 'challenge') {
    allowedKeys.add(CARD_KEYS.category).add(CARD_KEYS.scope);
  } else {
    allowedKeys.add(CARD_KEYS.addresses).add(CARD_KEYS.timeframe);
    for (const field of ACTION_TEXT_FIELDS) allowedKeys.add(field);
  }
  for (const key of card.keys()) {
    if (!allowedKeys.has(key)) return `card ${id} has an unknown field "${key.slice(0, 40)}"`;
  }

  const status = card.get(CARD_KEYS.status);
  if (status !== undefined && !CARD_STATUSES.includes(status as never)) return `card ${id} has an unknown status`;
  const notForScreen = card.get(CARD_KEYS.notForScreen);
  if (notForScreen !== undefined && typeof notForScreen !== 'boolean') return `card ${id} notForScreen is not boolean`;
  const mergedInto = card.get(CARD_KEYS.mergedInto);
  if (mergedInto !== undefined && mergedInto !== null && !(typeof mergedInto === 'string' && ID_PATTERNS.card.test(mergedInto))) {
    return `card ${id} has an invalid mergedInto`;
  }

  if (kind === 'challenge') {
    const category = card.get(CARD_KEYS.category);
    if (category !== undefined && category !== null && !(typeof category === 'string' && category.length <= 60)) {
      return `card ${id} has an invalid category`;
    }
    const scope = card.get(CARD_KEYS.scope);
    if (scope !== undefined && scope !== null && !SCOPES.includes(scope as never)) return `card ${id} has an unknown scope`;
    return null;
  }

  const timeframe = card.get(CARD_KEYS.timeframe);
  if (timeframe !== undefined && timeframe !== null && !TIMEFRAMES.includes(timeframe as never)) {
    return `card ${id} has an unknown timeframe`;
  }
  for (const field of ACTION_TEXT_FIELDS) {
    const fieldValue = card.get(field);
    if (fieldValue === undefined) continue;
    if (typeof fieldValue !== 'string' || fieldValue.length > LIMITS.maxFieldLength) {
      return `card ${id} field ${field} is not a string of at most ${LIMITS.maxFieldLength}`;
    }
  }
  const addresses = card.get(CARD_KEYS.addresses);
  if (addresses !== undefined) {
    if (!(addresses instanceof Y.Map)) return `card ${id} addresses is not a map`;
    if (addresses.size > LIMITS.maxLinksPerAction) return `card ${id} has too many links`;
    for (const [linkId, linked] of addresses.entries()) {
      if (linked !== true || !ID_PATTERNS.card.test(linkId)) return `card ${id} has an invalid link`;
    }
  }
  return null;
}
