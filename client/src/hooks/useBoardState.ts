import { useSyncExternalStore } from 'react';
import type { BoardSnapshot, GroupPresence } from '@rembuk/shared';
import type { BoardConnection } from '../connection/BoardConnection.js';
import type { ConnectionState } from '../connection/connectionState.js';

export function useConnectionState(connection: BoardConnection): ConnectionState {
  return useSyncExternalStore(connection.subscribeState, connection.getState);
}

export function usePresence(connection: BoardConnection): GroupPresence | null {
  return useSyncExternalStore(connection.subscribePresence, connection.getPresence);
}

export function useBoardSnapshot(connection: BoardConnection): BoardSnapshot {
  return useSyncExternalStore(connection.subscribeBoard, connection.getBoard);
}
