import * as Y from 'yjs';
import { ID_PATTERNS } from '../ids.js';
import { LIMITS } from '../limits.js';
import { ACTION_TEXT_FIELDS, CARD_KEYS } from './cardFields.js';
import { NESTED_CARD_KEYS, plainFieldProblem } from './fieldRules.js';

/** Keys every card has, and the keys only one kind may have. */
const COMMON_KEYS: readonly string[] = [CARD_KEYS.kind, CARD_KEYS.text, CARD_KEYS.position, CARD_KEYS.status,
  CARD_KEYS.notForScreen, CARD_KEYS.mergedInto];
const CHALLENGE_KEYS = new Set<string>([...COMMON_KEYS, CARD_KEYS.category, CARD_KEYS.scope]);
const ACTION_KEYS = new Set<string>([...COMMON_KEYS, CARD_KEYS.addresses, CARD_KEYS.timeframe, ...ACTION_TEXT_FIELDS]);

/**
 * The board schema the server enforces on whole cards after an update was applied (the update gate has already
 * checked every value's type before). Returns the first problem found, or null when the card is valid.
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
  if (card.get(CARD_KEYS.position) === undefined) return `card ${id} has no position`;

  const allowedKeys = kind === 'challenge' ? CHALLENGE_KEYS : ACTION_KEYS;
  for (const [key, fieldValue] of card.entries()) {
    if (!allowedKeys.has(key)) return `card ${id} has an unknown field "${key.slice(0, 40)}"`;
    if (key === NESTED_CARD_KEYS.text) continue;
    if (key === NESTED_CARD_KEYS.addresses) {
      const linkProblem = addressesProblem(fieldValue);
      if (linkProblem) return `card ${id} ${linkProblem}`;
      continue;
    }
    const problem = plainFieldProblem(key, fieldValue);
    if (problem) return `card ${id}: ${problem}`;
  }
  return null;
}

function addressesProblem(addresses: unknown): string | null {
  if (!(addresses instanceof Y.Map)) return 'addresses is not a map';
  if (addresses.size > LIMITS.maxLinksPerAction) return 'has too many links';
  for (const [linkId, linked] of addresses.entries()) {
    if (linked !== true || !ID_PATTERNS.card.test(linkId)) return 'has an invalid link';
  }
  return null;
}
