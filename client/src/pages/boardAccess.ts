import type { EventId } from '@rembuk/shared';
import { linkKeyFor, organizerKeyFor, participantPassFor, ticketFor } from '../storage/credentials.js';

/** How this device may open an event's boards, from the tokens it holds. */
export type BoardAccess =
  /** `token` is the ticket of the device's seat; the join code finds the event again. */
  | { role: 'participant'; token: string; joinCode: string; pseudonym: string }
  | { role: 'organizer'; token: string }
  /** `joinCode` (from the facilitator link) finds the group names; the key alone cannot read the event. */
  | { role: 'facilitator'; token: string; joinCode: string | null };

/**
 * A join made in this tab wins (it is what the person just chose); then an organizer key kept on the device, then
 * a facilitator key. The server decides what each may do; this only picks the token.
 */
export function boardAccessFor(eventId: EventId): BoardAccess | null {
  const pass = participantPassFor(eventId);
  const ticket = ticketFor(eventId);
  if (pass && ticket) return { role: 'participant', token: ticket, joinCode: pass.joinCode, pseudonym: pass.pseudonym };
  const organizerKey = organizerKeyFor(eventId);
  if (organizerKey) return { role: 'organizer', token: organizerKey };
  const facilitator = linkKeyFor('facilitator', eventId);
  if (facilitator) return { role: 'facilitator', token: facilitator.key, joinCode: facilitator.joinCode };
  return null;
}
