import { z } from 'zod';
import { LIMITS } from '../limits.js';

/**
 * socket.io control plane. The handshake `auth` payload is validated before a socket joins any room; the
 * server answers with `presence` events for the group the socket belongs to.
 */
export const SocketHandshake = z
  .object({
    /** The join code (participants) or the organizer key. */
    token: z.string().min(1).max(200),
    eventId: z.string().regex(/^[a-z0-9]{8,32}$/),
    /** The group whose presence this socket reports and watches; organizers may omit it to watch all groups. */
    groupId: z.string().regex(/^[a-z0-9]{4,32}$/).optional(),
    /** Optional pseudonym shown to the group; never stored. */
    pseudonym: z.string().trim().max(LIMITS.maxPseudonymLength).optional(),
  })
  .strict();
export type SocketHandshake = z.infer<typeof SocketHandshake>;

export const SetPseudonymPayload = z.object({ pseudonym: z.string().trim().max(LIMITS.maxPseudonymLength) }).strict();

export interface GroupPresence {
  groupId: string;
  /** Connected participant devices (organizers watching the board are not counted). */
  count: number;
  /** Pseudonyms that were given, sorted; anonymous members are only counted. */
  pseudonyms: string[];
}

export interface ServerToClientEvents {
  presence: (presence: GroupPresence) => void;
  /** Sent to organizers: every group's presence at once. */
  eventPresence: (groups: GroupPresence[]) => void;
  failure: (failure: { reason: string; message: string }) => void;
}

export interface ClientToServerEvents {
  setPseudonym: (payload: unknown) => void;
}
