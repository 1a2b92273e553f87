import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EventId, GroupPresence } from '@rembuk/shared';
import { EventPresenceWatch } from '../connection/EventPresenceWatch.js';
import { serverOriginOf } from '../connection/serverOrigin.js';

const NOTHING_TO_WATCH = {
  subscribe: () => () => {},
  getGroups: (): ReadonlyMap<string, GroupPresence> | null => null,
};

/** Live presence of every group of an event, for the organizer page. */
export function useEventPresence(eventId: EventId, organizerKey: string | null): ReadonlyMap<string, GroupPresence> | null {
  const [watch, setWatch] = useState<EventPresenceWatch | null>(null);
  useEffect(() => {
    if (!organizerKey) return undefined;
    const next = new EventPresenceWatch(serverOriginOf(location), eventId, organizerKey);
    setWatch(next);
    return () => {
      setWatch(null);
      next.destroy();
    };
  }, [eventId, organizerKey]);
  const source = watch ?? NOTHING_TO_WATCH;
  return useSyncExternalStore(source.subscribe, source.getGroups);
}
