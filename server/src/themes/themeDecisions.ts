import { z } from 'zod';
import { THEME_ID_PATTERN, THEME_KINDS, THEME_LIMITS, randomId } from '@rembuk/shared';

/** A card across the event: `groupId/cardId`. */
const cardKey = z.string().max(80);

/** What is kept of one theme between recomputations: the decisions on it and the cards it held last time. */
const ThemeRecord = z.object({
  kind: z.enum(THEME_KINDS),
  /** The lead facilitator's name, or null for the automatic label. */
  label: z.string().max(THEME_LIMITS.maxLabelLength).nullable(),
  approved: z.boolean(),
  dismissed: z.boolean(),
  /** Merged into another theme: whatever would come back as this theme joins that one. */
  mergedInto: z.string().regex(THEME_ID_PATTERN).nullable(),
  /** Card keys it held at the last recomputation: new clusters are matched to themes by these. */
  cards: z.array(cardKey),
});
export type ThemeRecord = z.infer<typeof ThemeRecord>;

/** Everything decided about an event's themes and duplicate suggestions, stored as JSON in the `ThemeStore`. */
export const ThemeDecisions = z.object({
  themes: z.record(z.string().regex(THEME_ID_PATTERN), ThemeRecord),
  /** Cards a lead facilitator put in a theme (moved, split off, merged): they stay there. */
  pinned: z.record(cardKey, z.string().regex(THEME_ID_PATTERN)),
  /** Pairs of cards (`a|b`, a < b) a facilitator said are not duplicates. */
  notDuplicates: z.array(z.string().max(170)),
});
export type ThemeDecisions = z.infer<typeof ThemeDecisions>;

export function emptyDecisions(): ThemeDecisions {
  return { themes: {}, pinned: {}, notDuplicates: [] };
}

/** Read stored decisions; a document that does not parse (a newer or damaged one) is logged by the caller and ignored. */
export function parseDecisions(json: string | null): ThemeDecisions | null {
  if (json === null) return emptyDecisions();
  try {
    const parsed = ThemeDecisions.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function newThemeId(): string {
  return `t${randomId(12)}`;
}

export function newRecord(kind: ThemeRecord['kind']): ThemeRecord {
  return { kind, label: null, approved: false, dismissed: false, mergedInto: null, cards: [] };
}

/** The theme a merged one now lives in (following merges, at most as deep as there are themes). */
export function liveThemeId(decisions: ThemeDecisions, themeId: string): string {
  let id = themeId;
  for (let hops = 0; hops <= Object.keys(decisions.themes).length; hops += 1) {
    const next = decisions.themes[id]?.mergedInto;
    if (!next) return id;
    id = next;
  }
  return id;
}

export function notDuplicateKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
