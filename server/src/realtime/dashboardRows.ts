import type { GroupDashboardRow } from '@rembuk/shared';
import type { Access } from '../auth/authorize.js';
import type { SessionManager } from '../session/SessionManager.js';
import type { VoteManager } from '../session/VoteManager.js';
import type { PresenceTracker } from './PresenceTracker.js';

/** Card counts and last change of one board, however the server keeps it. */
export interface BoardStats {
  stats(eventId: string, groupId: string): Promise<{ challenges: number; actions: number; lastChangedAt: number | null }>;
}

interface Sources {
  presence: PresenceTracker;
  sessions: SessionManager;
  votes: VoteManager;
  boards: BoardStats;
}

/** The facilitator dashboard: every group this access runs, at a glance. */
export async function dashboardRows(access: Access, groupIds: readonly string[], sources: Sources): Promise<GroupDashboardRow[]> {
  const eventId = access.event.id;
  const now = Date.now();
  return Promise.all(
    groupIds.map(async (groupId) => {
      const [board, totals] = await Promise.all([sources.boards.stats(eventId, groupId), sources.votes.totals(eventId, groupId)]);
      return {
        groupId,
        online: sources.presence.group(eventId, groupId).count,
        challenges: board.challenges,
        actions: board.actions,
        votesCast: Object.values(totals).reduce((sum, count) => sum + count, 0),
        idleMs: board.lastChangedAt === null ? null : now - board.lastChangedAt,
        session: sources.sessions.group(eventId, groupId),
      };
    }),
  );
}
