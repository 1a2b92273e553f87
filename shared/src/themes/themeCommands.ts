import { z } from 'zod';
import { ID_PATTERNS } from '../ids.js';
import { THEME_LIMITS } from './themeLimits.js';

const groupId = z.string().regex(ID_PATTERNS.group);
const cardId = z.string().regex(ID_PATTERNS.card);
/** Theme ids are server-made (`t` + lowercase letters and digits). */
export const THEME_ID_PATTERN = /^t[a-z0-9]{6,40}$/;
const themeId = z.string().regex(THEME_ID_PATTERN);
/** Duplicate-suggestion ids are server-made (`d` + lowercase letters and digits). */
export const SUGGESTION_ID_PATTERN = /^d[a-z0-9]{6,40}$/;
const suggestionId = z.string().regex(SUGGESTION_ID_PATTERN);
const themeCardRef = z.object({ groupId, cardId }).strict();

/**
 * Lead facilitators' (and the organizer's) decisions on themes across regions. Sent as `command` like every
 * facilitator command (part of `FacilitatorCommand`), budgeted alike, answered with a CommandReply; a facilitator
 * who does not run every group is answered `forbidden`. Every decision is kept and survives recomputation.
 */
export const THEME_COMMAND_SCHEMAS = [
  /** `label` null: back to the automatic label. */
  z.object({ type: z.literal('renameTheme'), themeId, label: z.string().trim().min(1).max(THEME_LIMITS.maxLabelLength).nullable() }).strict(),
  /** Put one card in another theme (of its kind); it stays there however the cards change. */
  z.object({ type: z.literal('moveThemeCard'), card: themeCardRef, toThemeId: themeId }).strict(),
  /** Take cards out of a theme into a new theme of their own. */
  z.object({ type: z.literal('splitTheme'), themeId, cards: z.array(themeCardRef).min(1).max(THEME_LIMITS.maxSplitCards) }).strict(),
  /** Every card of `themeId` joins `intoThemeId` (same kind); `themeId` is gone. */
  z.object({ type: z.literal('mergeThemes'), themeId, intoThemeId: themeId }).strict(),
  /** Dismissed themes leave the list (and the wall); `dismissed: false` restores one. */
  z.object({ type: z.literal('dismissTheme'), themeId, dismissed: z.boolean() }).strict(),
  /** Approved themes go on the projector wall's themes view. */
  z.object({ type: z.literal('approveTheme'), themeId, approved: z.boolean() }).strict(),
  /**
   * A group's facilitator: these cards are not duplicates; the suggestion never comes back. (Merging a suggestion
   * is the existing `merge` command, once per card into `keepCardId`, each undoable with `undoModeration`.)
   */
  z.object({ type: z.literal('dismissDuplicate'), groupId, suggestionId }).strict(),
] as const;

export const ThemeCommand = z.discriminatedUnion('type', [...THEME_COMMAND_SCHEMAS]);
export type ThemeCommand = z.infer<typeof ThemeCommand>;
