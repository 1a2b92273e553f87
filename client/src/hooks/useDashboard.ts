import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EventId } from '@rembuk/shared';
import { DashboardConnection } from '../connection/DashboardConnection.js';
import { serverOriginOf } from '../connection/serverOrigin.js';

/** One dashboard connection per page and key, destroyed on leaving. */
export function useDashboardConnection(eventId: EventId, key: string): DashboardConnection | null {
  const [connection, setConnection] = useState<DashboardConnection | null>(null);
  useEffect(() => {
    const next = new DashboardConnection(serverOriginOf(location), eventId, key);
    setConnection(next);
    return () => {
      setConnection(null);
      next.destroy();
    };
  }, [eventId, key]);
  return connection;
}

export function useDashboardState(connection: DashboardConnection) {
  const state = useSyncExternalStore(connection.subscribe, connection.getState);
  const dashboard = useSyncExternalStore(connection.subscribe, connection.getDashboard);
  const presence = useSyncExternalStore(connection.subscribe, connection.getPresence);
  const devices = useSyncExternalStore(connection.subscribe, connection.getDevices);
  const hasThemes = useSyncExternalStore(connection.subscribe, () => connection.getThemes() !== null);
  return { state, dashboard, presence, devices, hasThemes };
}
