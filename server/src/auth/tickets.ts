import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A participant ticket names an event and a random device id, signed with the event's ticket secret:
 * `<eventId>.<deviceId>.<signature>`. Which group the device sits in is kept on the server (its seat), so a
 * facilitator can move it and the ticket cannot be edited to reach another group.
 */
export function signTicket(eventId: string, deviceId: string, secret: string): string {
  return `${eventId}.${deviceId}.${signature(eventId, deviceId, secret)}`;
}

export function parseTicket(ticket: string): { eventId: string; deviceId: string; signature: string } | null {
  const match = /^([a-z0-9]{8,32})\.([a-z0-9]{16,40})\.([A-Za-z0-9_-]{43})$/.exec(ticket);
  if (!match) return null;
  return { eventId: match[1]!, deviceId: match[2]!, signature: match[3]! };
}

export function ticketSignatureValid(parsed: { eventId: string; deviceId: string; signature: string }, secret: string): boolean {
  const expected = Buffer.from(signature(parsed.eventId, parsed.deviceId, secret));
  const presented = Buffer.from(parsed.signature);
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

function signature(eventId: string, deviceId: string, secret: string): string {
  return createHmac('sha256', secret).update(`${eventId}.${deviceId}`).digest('base64url');
}
