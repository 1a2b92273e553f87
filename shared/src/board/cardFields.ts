/**
 * The board document's card vocabulary: kinds, fields and their closed value sets (USERS.md, "The board").
 */
export const CARD_KINDS = ['challenge', 'action'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const CHALLENGE_CATEGORIES = [
  'prevention',
  'protection',
  'prosecution',
  'partnership',
  'funding',
  'survivorServices',
  'lawPolicy',
  'onlineTech',
] as const;
/** Categories are configurable per event; these are the defaults. Stored as the key, labelled by the UI. */
export type ChallengeCategory = string;

export const SCOPES = ['local', 'province', 'national', 'crossBorder'] as const;
export type Scope = (typeof SCOPES)[number];

export const CARD_STATUSES = ['draft', 'agreed', 'merged', 'hidden'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

export const TIMEFRAMES = ['upTo3', '3to6', '6to12', 'over12'] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];

/** Free-text fields of an action card (a row of the RTL, Rencana Tindak Lanjut). */
export const ACTION_TEXT_FIELDS = ['responsibleOrg', 'partners', 'resources', 'indicator', 'firstStep'] as const;
export type ActionTextField = (typeof ACTION_TEXT_FIELDS)[number];

/** Keys of the Y.Map that holds one card. */
export const CARD_KEYS = {
  kind: 'kind',
  text: 'text',
  position: 'position',
  status: 'status',
  notForScreen: 'notForScreen',
  category: 'category',
  scope: 'scope',
  timeframe: 'timeframe',
  addresses: 'addresses',
  /** Set by a facilitator's merge: the card this duplicate was merged into (status `merged`). */
  mergedInto: 'mergedInto',
} as const;

/** Fields only the server writes (moderation commands); a client that writes them is reverted. */
export const MODERATED_KEYS: readonly string[] = [CARD_KEYS.status, CARD_KEYS.notForScreen, CARD_KEYS.mergedInto];

/** Name of the root Y.Map (card id → card Y.Map) in every board document. */
export const CARDS_ROOT = 'cards';
