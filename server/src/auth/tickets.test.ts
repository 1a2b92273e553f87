import { describe, expect, it } from 'vitest';
import { parseTicket, signTicket, ticketSignatureValid } from './tickets.js';

describe('participant tickets', () => {
  const ticket = signTicket('evt00001', 'd'.repeat(20), 'secret');

  it('parse back into their parts and verify with the event’s secret only', () => {
    const parsed = parseTicket(ticket);
    expect(parsed).toMatchObject({ eventId: 'evt00001', deviceId: 'd'.repeat(20) });
    expect(parsed && ticketSignatureValid(parsed, 'secret')).toBe(true);
    expect(parsed && ticketSignatureValid(parsed, 'another secret')).toBe(false);
  });

  it('refuse anything malformed', () => {
    for (const bad of ['', ticket.slice(1), `${ticket}.x`, ticket.replace('evt00001', 'EVT00001'), ticket.replace('d'.repeat(20), 'd'.repeat(10)), `${ticket}!`]) {
      expect(parseTicket(bad)).toBeNull();
    }
  });
});
