import type { WallTheme } from '../themes/wallThemes.js';

/**
 * What the projector wall is sent: only cards approved for the screen (never hidden, merged, "not for screen" or
 * empty ones), already ordered. The server builds it from the boards, so a projector never holds a board document
 * and never sees what a facilitator took off the screen.
 */
export interface WallAction {
  id: string;
  text: string;
}

export interface WallChallenge {
  id: string;
  text: string;
  /** The event category key, or null when the group did not choose one. */
  category: string | null;
  /** Dot votes, once the group's facilitator revealed them; null before. */
  votes: number | null;
  agreed: boolean;
  /** Approved actions that answer this challenge, in board order (at most `WALL_LIMITS.actionsPerChallenge`). */
  actions: WallAction[];
}

/**
 * How much of a group the wall is sent: what its largest view (one group full screen) shows. The rest is only
 * counted: a projector gets no more text than it can put on the screen, and a 50-group event's wall stays small.
 */
export const WALL_LIMITS = {
  challenges: 6,
  actionsPerChallenge: 2,
  otherActions: 3,
} as const;

/** Challenges (and their revealed votes) in one category, for the wall's chart; `category` null is "none yet". */
export interface WallCategoryCount {
  category: string | null;
  challenges: number;
  /** Sum of the category's revealed votes; null while the group's votes are hidden. */
  votes: number | null;
}

export interface WallGroup {
  groupId: string;
  /** Approved cards per column (the counts the wall shows), not just the ones listed. */
  challengeCount: number;
  actionCount: number;
  /** The top `WALL_LIMITS.challenges`: by votes when revealed, then agreed before draft, then board order. */
  challenges: WallChallenge[];
  /** Approved actions that answer no approved challenge (at most `WALL_LIMITS.otherActions`). */
  otherActions: WallAction[];
  /** Every approved challenge counted per category, in order of first appearance on the board. */
  categories: WallCategoryCount[];
}

export interface WallView {
  groups: WallGroup[];
  /**
   * "Tema lintas wilayah / Themes across regions": themes a lead facilitator approved (never dismissed ones),
   * counting only cards approved for the screen; challenges then actions, most regions first, at most
   * `THEME_LIMITS.wallThemes` of each kind. Empty until one is approved.
   */
  themes: WallTheme[];
}
