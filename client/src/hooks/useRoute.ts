import { useMemo, useSyncExternalStore } from 'react';
import { currentLocationKey, subscribeToLocation } from '../routing/navigation.js';
import { parseRoute, type Route } from '../routing/routes.js';

export function useRoute(): Route {
  const key = useSyncExternalStore(subscribeToLocation, currentLocationKey);
  // Parsed from the live location on purpose: the key only tells React when to look again.
  return useMemo(() => parseRoute(location.pathname, location.hash), [key]);
}
