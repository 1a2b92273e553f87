/** Dot-voting rules of an event: dots per participant device, and at most this many on one card. */
export interface VoteBudget {
  perParticipant: number;
  perCard: number;
}

export const DEFAULT_VOTE_BUDGET: VoteBudget = { perParticipant: 5, perCard: 3 };

/** What one device is told about voting on its board. */
export interface VoteView {
  groupId: string;
  budget: VoteBudget;
  /** This device's dots per card. */
  mine: Record<string, number>;
  /** Totals per card; present only once the facilitator revealed them (always for facilitators). */
  totals: Record<string, number> | null;
  /** Devices that cast at least one dot (a count, never who). */
  voters: number;
}
