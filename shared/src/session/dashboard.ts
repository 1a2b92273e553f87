import type { GroupSession } from './sessionState.js';

/** One row of the facilitator dashboard: a group at a glance. */
export interface GroupDashboardRow {
  groupId: string;
  online: number;
  challenges: number;
  actions: number;
  votesCast: number;
  /** Milliseconds since the board last changed, or null if it never did while the server ran. */
  idleMs: number | null;
  session: GroupSession;
}
