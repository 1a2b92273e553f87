/** Bounds of the themes feature, enforced by the server and mirrored by the client's inputs. */
export const THEME_LIMITS = {
  /** Longest theme name a lead facilitator may give. */
  maxLabelLength: 120,
  /** Length an automatic label (the central card's text) is cut to, at a word boundary. */
  autoLabelLength: 90,
  /** Most cards one `splitTheme` command may move out. */
  maxSplitCards: 200,
  /** Largest set of cards one duplicate suggestion names. */
  maxDuplicateSetSize: 12,
  /** Most duplicate suggestions sent for one group. */
  maxSuggestionsPerGroup: 20,
  /** Most themes of one kind the wall is sent (the largest first). */
  wallThemes: 8,
  /** Card texts the wall is sent per theme (the rest are counted). */
  wallCardsPerTheme: 4,
} as const;
