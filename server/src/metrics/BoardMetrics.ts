import type { RoleCounts } from './roleCounts.js';

/** Where the board code reports what it did; absent when metrics are off. */
export interface BoardMetrics {
  updateAdmitted(): void;
  updatesBroadcast(count: number): void;
}

/** What the server reads at each scrape: counts it already keeps, so nothing is counted twice. */
export interface MetricsSources {
  yjsConnectionsByRole(): RoleCounts;
  socketConnectionsByRole(): RoleCounts;
  boardsLoaded(): number;
  eventsLoaded(): number;
  /** Events this node owns (with several nodes); a single node owns every event, so its loaded ones. */
  eventsOwned(): number;
}
