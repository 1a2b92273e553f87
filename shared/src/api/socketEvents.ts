import { z } from 'zod';
import type { ErrorReason } from '../errorReasons.js';
import { ID_PATTERNS } from '../ids.js';
import { LIMITS } from '../limits.js';
import type { CommandReply } from '../session/commands.js';
import type { GroupDashboardRow } from '../session/dashboard.js';
import type { SessionView } from '../session/sessionState.js';
import type { VoteView } from '../session/votes.js';
import type { DuplicatesReply, ThemesReply } from '../themes/themes.js';
import type { WallView } from '../wall/wallView.js';

/**
 * socket.io control plane. The handshake `auth` payload is validated before a socket joins any room; the
 * server answers with `presence` events for the group the socket belongs to.
 */
export const SocketHandshake = z
  .object({
    /** The participant's ticket, or the organizer, facilitator or projector key. */
    token: z.string().min(1).max(300),
    eventId: z.string().regex(ID_PATTERNS.event),
    /**
     * The group whose board this socket is on. Participants: their seat (default). Organizers, facilitators and
     * projectors may omit it (dashboard, wall) or name a group they may read.
     */
    groupId: z.string().regex(ID_PATTERNS.group).optional(),
    /** Optional pseudonym shown to the group; never stored. */
    pseudonym: z.string().trim().max(LIMITS.maxPseudonymLength).optional(),
    /**
     * A screen showing the projector wall: it gets `wall` and every group's session, and nothing a runner's
     * dashboard gets. Implied for projector keys; organizers and facilitators ask for it to project the wall
     * themselves; participants may not. Not together with `groupId`.
     */
    wall: z.boolean().optional(),
  })
  .strict();
export type SocketHandshake = z.infer<typeof SocketHandshake>;

export const SetPseudonymPayload = z.object({ pseudonym: z.string().trim().max(LIMITS.maxPseudonymLength) }).strict();

export interface GroupPresence {
  groupId: string;
  /** Connected participant sockets (a phone with two tabs counts twice; runners watching are not counted). */
  count: number;
  /** Pseudonyms that were given, sorted; anonymous members are only counted. */
  pseudonyms: string[];
}

/** A participant device as facilitators see it on the dashboard (to move it): a random id, never a person. */
export interface SeatedDevice {
  deviceId: string;
  pseudonym: string | null;
}

export interface ServerToClientEvents {
  presence: (presence: GroupPresence) => void;
  /** Sent to organizers and facilitators: the presence of every group they run. */
  eventPresence: (groups: GroupPresence[]) => void;
  /** Sent to organizers and facilitators: the devices in each group they run. */
  devices: (groups: { groupId: string; devices: SeatedDevice[] }[]) => void;
  /** Phases, timers, locks and the broadcast message, for the groups this client may see. */
  session: (view: SessionView) => void;
  /** Votes of the group this client is on (its own dots; totals once revealed, always for facilitators). */
  votes: (view: VoteView) => void;
  /** Organizers and facilitators: every group they run at a glance. */
  dashboard: (rows: GroupDashboardRow[]) => void;
  /** Wall sockets (projectors, and organizers or facilitators who asked for it): every group's cards approved for the screen, ordered for the wall. */
  wall: (view: WallView) => void;
  /**
   * Organizers and lead facilitators (not wall screens): the themes across regions, pushed when they are
   * recomputed (a second or two after boards change) or a decision changes them, and once on connecting.
   */
  themes: (view: ThemesReply) => void;
  /**
   * Facilitators (and organizers) whose socket is on a board they run (`groupId` in the handshake): that group's
   * duplicate suggestions, pushed when they change and once on connecting. Never sent to participants.
   */
  duplicates: (view: DuplicatesReply) => void;
  /** This device now sits in another group: open that board (the old board's connection is closed). */
  seatChanged: (seat: { groupId: string }) => void;
  /** A refused `setPseudonym` (`invalid_body`), or the socket spent its event budget (`rate_limited`) and is cut. */
  failure: (failure: { reason: ErrorReason; message: string }) => void;
}

export interface ClientToServerEvents {
  setPseudonym: (payload: unknown) => void;
  /** A facilitator command (FacilitatorCommand), answered through the acknowledgement. */
  command: (command: unknown, ack: (reply: CommandReply) => void) => void;
  /** A participant's dot vote (VoteCommand), answered through the acknowledgement. */
  vote: (vote: unknown, ack: (reply: CommandReply) => void) => void;
}
