import { ID_PATTERNS } from '../ids.js';
import { LIMITS } from '../limits.js';
import { ACTION_TEXT_FIELDS, CARD_KEYS, CARD_KINDS, CARD_STATUSES, SCOPES, TIMEFRAMES } from './cardFields.js';

/**
 * What each plain (non-shared-type) field of a card may hold. One rule per key, used by the server's update gate
 * before an update touches a board and by `cardProblem` on whole cards, so the two can never disagree.
 */

/** Card keys whose value is a nested shared type rather than a plain value. */
export const NESTED_CARD_KEYS = { text: CARD_KEYS.text, addresses: CARD_KEYS.addresses } as const;

/** Every key a card map may have, whatever its kind. */
export const ALL_CARD_KEYS: ReadonlySet<string> = new Set<string>([...Object.values(CARD_KEYS), ...ACTION_TEXT_FIELDS]);

const utf8 = new TextEncoder();

/** Length of a string in UTF-8 bytes: what it costs on the wire and on disk. */
export function utf8Bytes(value: string): number {
  return utf8.encode(value).byteLength;
}

/** A string within a limit counted in UTF-16 code units (what editors count) and in bytes (at 3 per unit). */
export function isBoundedString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength && utf8Bytes(value) <= maxLength * 3;
}

/** Null (cleared) or one of a closed set of strings. */
function isNullOrOneOf(value: unknown, allowed: readonly string[]): boolean {
  return value === null || (typeof value === 'string' && allowed.includes(value));
}

/**
 * The problem with `value` as the plain field `key` of a card, or null when it is valid. Nested keys (text,
 * addresses) and unknown keys are problems here: they never hold a plain value.
 */
export function plainFieldProblem(key: string, value: unknown): string | null {
  switch (key) {
    case CARD_KEYS.kind:
      return CARD_KINDS.includes(value as never) ? null : 'unknown kind';
    case CARD_KEYS.position:
      return typeof value === 'number' && Number.isFinite(value) ? null : 'position is not a finite number';
    case CARD_KEYS.status:
      return CARD_STATUSES.includes(value as never) ? null : 'unknown status';
    case CARD_KEYS.notForScreen:
      return typeof value === 'boolean' ? null : 'notForScreen is not a boolean';
    case CARD_KEYS.mergedInto:
      return value === null || (typeof value === 'string' && ID_PATTERNS.card.test(value)) ? null : 'invalid mergedInto';
    case CARD_KEYS.category:
      return value === null || isBoundedString(value, LIMITS.maxCategoryLength) ? null : 'invalid category';
    case CARD_KEYS.scope:
      return isNullOrOneOf(value, SCOPES) ? null : 'unknown scope';
    case CARD_KEYS.timeframe:
      return isNullOrOneOf(value, TIMEFRAMES) ? null : 'unknown timeframe';
    default:
      if ((ACTION_TEXT_FIELDS as readonly string[]).includes(key)) {
        return isBoundedString(value, LIMITS.maxFieldLength) ? null : `${key} is not a string of at most ${LIMITS.maxFieldLength}`;
      }
      return `"${key.slice(0, 40)}" is not a plain card field`;
  }
}
