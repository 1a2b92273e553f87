import { useEffect, useState } from 'react';
import { BoardConnection, type BoardConnectionOptions } from '../connection/BoardConnection.js';

/** One live connection per board page; replaced when the board or token changes, destroyed on leaving. */
export function useBoardConnection(options: BoardConnectionOptions | null): BoardConnection | null {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  const { origin, eventId, groupId, token, role, pseudonym } = options ?? {};
  useEffect(() => {
    if (!origin || !eventId || !groupId || !token || !role) return undefined;
    const next = new BoardConnection({ origin, eventId, groupId, token, role, ...(pseudonym ? { pseudonym } : {}) });
    setConnection(next);
    return () => {
      setConnection(null);
      next.destroy();
    };
  }, [origin?.http, origin?.ws, eventId, groupId, token, role, pseudonym]);
  return connection;
}
