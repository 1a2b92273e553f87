import type { CardId } from '../ids.js';
import type { CardStatus, ChallengeCategory, Scope, Timeframe } from './cardFields.js';

/** Plain, immutable view of a board: what exports, summaries and React render from. Never written back. */
export interface ChallengeCard {
  kind: 'challenge';
  id: CardId;
  text: string;
  status: CardStatus;
  notForScreen: boolean;
  /** The card this one was merged into, when status is `merged`. */
  mergedInto: CardId | null;
  category: ChallengeCategory | null;
  scope: Scope | null;
}

export interface ActionCard {
  kind: 'action';
  id: CardId;
  text: string;
  status: CardStatus;
  notForScreen: boolean;
  mergedInto: CardId | null;
  /** Challenge ids this action addresses, in board order; links to deleted challenges are dropped. */
  addresses: CardId[];
  responsibleOrg: string;
  partners: string;
  timeframe: Timeframe | null;
  resources: string;
  indicator: string;
  firstStep: string;
}

export type Card = ChallengeCard | ActionCard;

export interface BoardSnapshot {
  challenges: ChallengeCard[];
  actions: ActionCard[];
}
