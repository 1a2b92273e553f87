import { useEffect, useState } from 'react';
import type { DuplicatesReply } from '@rembuk/shared';
import type { BoardConnection } from '../../connection/BoardConnection.js';

/**
 * This group's duplicate suggestions, live: read once over REST (the push on connecting came before this chunk
 * loaded), then from every `duplicates` push on the board's control socket; the newest computation wins. Null
 * until known, or when this key may not read them (the suggestions are advice: the board works without them).
 */
export function useDuplicates(connection: BoardConnection): DuplicatesReply | null {
  const [reply, setReply] = useState<DuplicatesReply | null>(null);
  useEffect(() => {
    const { eventId, groupId, token } = connection.options;
    const controller = new AbortController();
    const take = (next: DuplicatesReply) => {
      if (next.groupId === groupId) setReply((current) => (current && current.generatedAt > next.generatedAt ? current : next));
    };
    connection.socket.on('duplicates', take);
    const path = `/api/events/${encodeURIComponent(eventId)}/groups/${encodeURIComponent(groupId)}/duplicates`;
    fetch(path, { headers: { Authorization: `Bearer ${token}` }, credentials: 'same-origin', signal: controller.signal })
      .then(async (response) => {
        if (response.ok) take((await response.json()) as DuplicatesReply);
      })
      .catch(() => {
        // Offline, or left the page: the next push brings them.
      });
    return () => {
      controller.abort();
      connection.socket.off('duplicates', take);
    };
  }, [connection]);
  return reply;
}
