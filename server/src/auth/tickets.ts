import { createHmac, timingSafeEqual } from 'node:crypto';
import { ID_PATTERNS } from '@rembuk/shared';

/** An HMAC-SHA256, base64url without padding. */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/**
 * A participant ticket names an event and a random device id, signed with the event's ticket secret:
 * `<eventId>.<deviceId>.<signature>`. Which group the device sits in is kept on the server (its seat), so a
 * facilitator can move it and the ticket cannot be edited to reach another group.
 */
export function signTicket(eventId: string, deviceId: string, secret: string): string {
  return `${eventId}.${deviceId}.${signature(eventId, deviceId, secret)}`;
}

export function parseTicket(ticket: string): { eventId: string; deviceId: string; signature: string } | null {
  const [eventId, deviceId, signature, extra] = ticket.split('.');
  if (extra !== undefined || !eventId || !deviceId || !signature) return null;
  if (!ID_PATTERNS.event.test(eventId) || !ID_PATTERNS.device.test(deviceId) || !SIGNATURE.test(signature)) return null;
  return { eventId, deviceId, signature };
}

export function ticketSignatureValid(parsed: { eventId: string; deviceId: string; signature: string }, secret: string): boolean {
  const expected = Buffer.from(signature(parsed.eventId, parsed.deviceId, secret));
  const presented = Buffer.from(parsed.signature);
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

function signature(eventId: string, deviceId: string, secret: string): string {
  return createHmac('sha256', secret).update(`${eventId}.${deviceId}`).digest('base64url');
}
