/** How the overview lays out its groups on a 16:9 screen, and how many challenges each tile has room for. */
export interface WallGrid {
  columns: number;
  rows: number;
  /** Challenges listed per tile (the counts always cover all of them); 0 when tiles only fit the counts. */
  challengesPerGroup: number;
}

/**
 * Fixed steps rather than a fit computed from text: a projected wall must not reflow while people read it, and
 * 1920×1080 and 1280×720 (the same 16:9) get the same layout because every size is relative to the screen.
 */
export function wallGrid(groupCount: number): WallGrid {
  if (groupCount <= 1) return { columns: 1, rows: 1, challengesPerGroup: 5 };
  if (groupCount === 2) return { columns: 2, rows: 1, challengesPerGroup: 5 };
  if (groupCount <= 3) return { columns: 3, rows: 1, challengesPerGroup: 4 };
  if (groupCount <= 4) return { columns: 2, rows: 2, challengesPerGroup: 2 };
  if (groupCount <= 6) return { columns: 3, rows: 2, challengesPerGroup: 2 };
  if (groupCount <= 8) return { columns: 4, rows: 2, challengesPerGroup: 2 };
  if (groupCount <= 12) return { columns: 4, rows: 3, challengesPerGroup: 1 };
  if (groupCount <= 15) return { columns: 5, rows: 3, challengesPerGroup: 1 };
  if (groupCount <= 20) return { columns: 5, rows: 4, challengesPerGroup: 1 };
  // Past twenty groups a tile only has room for its name and counts; the cycle mode shows each in full.
  if (groupCount <= 30) return { columns: 6, rows: 5, challengesPerGroup: 0 };
  return { columns: 8, rows: Math.ceil(groupCount / 8), challengesPerGroup: 0 };
}
