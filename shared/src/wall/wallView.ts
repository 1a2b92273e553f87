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
  /** Approved actions that answer this challenge, in board order. */
  actions: WallAction[];
}

export interface WallGroup {
  groupId: string;
  /** Approved cards per column (the counts the wall shows), not just the ones listed. */
  challengeCount: number;
  actionCount: number;
  /** Top first: by votes when revealed, then agreed before draft, then board order. */
  challenges: WallChallenge[];
  /** Approved actions that answer no listed challenge. */
  otherActions: WallAction[];
}

export interface WallView {
  groups: WallGroup[];
}
