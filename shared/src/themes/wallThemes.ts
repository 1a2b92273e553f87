import type { ThemeKind } from './themes.js';

/** A theme as the projector wall shows it: approved by a lead facilitator, only cards approved for the screen. */
export interface WallTheme {
  id: string;
  label: string;
  kind: ThemeKind;
  /** Group ids, in the event's group order. */
  regions: string[];
  /** Cards in it that are approved for the screen. */
  cardCount: number;
  /** Revealed votes only. */
  votes: number;
  /** The first `THEME_LIMITS.wallCardsPerTheme` card texts, most central first. */
  cards: { groupId: string; text: string }[];
}
