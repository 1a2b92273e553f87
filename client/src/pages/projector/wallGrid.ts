/** How the overview lays out its groups on a 16:9 screen. */
export interface WallGrid {
  columns: number;
  rows: number;
  /** Whether tiles list cards (as many as fit, see useFittingItems); false when tiles only fit name and counts. */
  listsCards: boolean;
}

/**
 * Fixed steps: 1920×1080 and 1280×720 (the same 16:9) get the same grid, because every size is relative to the
 * screen. How many cards a tile lists is measured, not fixed here: a group with short texts shows more of them.
 */
export function wallGrid(groupCount: number): WallGrid {
  if (groupCount <= 1) return { columns: 1, rows: 1, listsCards: true };
  if (groupCount === 2) return { columns: 2, rows: 1, listsCards: true };
  if (groupCount <= 3) return { columns: 3, rows: 1, listsCards: true };
  if (groupCount <= 4) return { columns: 2, rows: 2, listsCards: true };
  if (groupCount <= 6) return { columns: 3, rows: 2, listsCards: true };
  if (groupCount <= 8) return { columns: 4, rows: 2, listsCards: true };
  if (groupCount <= 12) return { columns: 4, rows: 3, listsCards: true };
  if (groupCount <= 15) return { columns: 5, rows: 3, listsCards: true };
  if (groupCount <= 20) return { columns: 5, rows: 4, listsCards: true };
  // Past twenty groups a tile only has room for its name and counts; the cycle mode shows each in full.
  if (groupCount <= 30) return { columns: 6, rows: 5, listsCards: false };
  return { columns: 8, rows: Math.ceil(groupCount / 8), listsCards: false };
}
