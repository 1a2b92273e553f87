import type { EventId } from '@rembuk/shared';
import { organizerKeyFor, participantPassFor, ticketFor } from '../storage/credentials.js';

/** How this device may open an event's boards, from the tokens it holds. */
export type BoardAccess =
  /** `token` is the ticket of the device's seat; the join code finds the event again. */
  | { role: 'participant'; token: string; joinCode: string; pseudonym: string }
  | { role: 'organizer'; token: string };

/** A join made in this tab wins (it is what the person just chose); otherwise an organizer key kept on the device. */
export function boardAccessFor(eventId: EventId): BoardAccess | null {
  const pass = participantPassFor(eventId);
  const ticket = ticketFor(eventId);
  if (pass && ticket) return { role: 'participant', token: ticket, joinCode: pass.joinCode, pseudonym: pass.pseudonym };
  const organizerKey = organizerKeyFor(eventId);
  if (organizerKey) return { role: 'organizer', token: organizerKey };
  return null;
}
