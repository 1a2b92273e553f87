import { useEffect, useState, useSyncExternalStore } from 'react';
import type { GroupId, SessionView, VoteView } from '@rembuk/shared';
import type { BoardConnection } from '../connection/BoardConnection.js';
import type { SessionFeed } from '../connection/SessionFeed.js';

export function useSessionView(feed: SessionFeed): SessionView | null {
  return useSyncExternalStore(feed.subscribeSession, feed.getSession);
}

export function useVoteView(feed: SessionFeed): VoteView | null {
  return useSyncExternalStore(feed.subscribeVotes, feed.getVotes);
}

/** The group a facilitator moved this device to, once the server said so. */
export function useMovedTo(connection: BoardConnection): GroupId | null {
  return useSyncExternalStore(connection.subscribeSeat, connection.getMovedTo);
}

/** `clock()` re-read every `intervalMs` while `active`, for countdowns and "idle for" times. */
export function useTicking(clock: () => number, active: boolean, intervalMs = 500): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    setNow(clock());
    if (!active) return undefined;
    const timer = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(timer);
  }, [clock, active, intervalMs]);
  return now;
}
