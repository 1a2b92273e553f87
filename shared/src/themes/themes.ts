import { z } from 'zod';
import type { CardId, GroupId } from '../ids.js';
import { THEME_LIMITS } from './themeLimits.js';

/**
 * A reply field the server fills with a branded id: a plain string to zod and JSON Schema, the brand to TypeScript.
 * (Reply schemas describe what the server sends; they never mint ids.)
 */
const branded = <Id extends string>() => z.string() as unknown as z.ZodType<Id, string>;

export const THEME_KINDS = ['challenge', 'action'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];

/** One card of a theme. `text` is the card's current text (only lead facilitators and organizers are sent themes). */
export const ThemeCard = z.object({
  groupId: branded<GroupId>(),
  cardId: branded<CardId>(),
  text: z.string(),
});
export type ThemeCard = z.infer<typeof ThemeCard>;

/**
 * A theme across regions: cards of one kind, from any groups, that say the same thing. Only cards that count
 * (`isForTheScreen`: not hidden, merged, "not for screen" or empty) are in it.
 */
export const Theme = z.object({
  /** Stable across recomputations (new clusters are matched to old themes by their cards). */
  id: z.string().meta({ description: 'Stable theme id: kept while its cards change.' }),
  /** The lead facilitator's name for it, else its most central card's text (shortened): never invented. */
  label: z.string(),
  kind: z.enum(THEME_KINDS),
  /** Approved for the projector wall by a lead facilitator. */
  approved: z.boolean(),
  /** Groups (regions) it appears in, in the event's group order. */
  regions: z.array(branded<GroupId>()),
  /** Most central first. */
  cards: z.array(ThemeCard),
  /** Sum of the cards' revealed votes (a group whose votes are not revealed adds nothing). */
  votes: z.number().int().min(0),
});
export type Theme = z.infer<typeof Theme>;

/** Reply of `GET /api/events/{id}/themes`, and the payload of the `themes` socket.io event. */
export const ThemesReply = z.object({
  /** Active themes, most regions first, then most votes, then most cards. */
  themes: z.array(Theme),
  /** Themes a lead facilitator dismissed (same shape; they can be restored with `dismissTheme`, `dismissed: false`). */
  dismissed: z.array(Theme),
  /** When these themes were computed (ISO time). */
  generatedAt: z.string().meta({ format: 'date-time' }),
});
export type ThemesReply = z.infer<typeof ThemesReply>;

/** Cards on one group's board that seem to say the same thing: merge them into `keepCardId`, or dismiss. */
export const DuplicateSuggestion = z.object({
  /** Derived from the cards, so the same set of cards keeps its id. */
  id: z.string(),
  groupId: branded<GroupId>(),
  kind: z.enum(THEME_KINDS),
  /** Two or more cards of one column, `keepCardId` first. */
  cardIds: z.array(branded<CardId>()).min(2).max(THEME_LIMITS.maxDuplicateSetSize),
  /** The most central card: the one the others would be merged into. */
  keepCardId: branded<CardId>(),
  /** Mean similarity of the cards to `keepCardId`, 0..1 (higher: surer). */
  score: z.number().min(0).max(1),
});
export type DuplicateSuggestion = z.infer<typeof DuplicateSuggestion>;

/** Reply of `GET /api/events/{id}/groups/{groupId}/duplicates`, and the payload of the `duplicates` socket.io event. */
export const DuplicatesReply = z.object({
  groupId: branded<GroupId>(),
  /** Surest first, at most `THEME_LIMITS.maxSuggestionsPerGroup`; dismissed suggestions never come back. */
  suggestions: z.array(DuplicateSuggestion),
  generatedAt: z.string().meta({ format: 'date-time' }),
});
export type DuplicatesReply = z.infer<typeof DuplicatesReply>;
