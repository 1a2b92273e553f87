import { describe, expect, it } from 'vitest';
import { formatEventClock, formatEventDate, formatEventDateTime } from './eventTime.js';

describe('event dates and times', () => {
  it('writes dates the Indonesian way', () => {
    expect(formatEventDate('2023-07-20', 'id')).toBe('20 Juli 2023');
    expect(formatEventDate('2023-07-20', 'en')).toBe('20 July 2023');
  });

  it('labels times with the event zone', () => {
    const instant = new Date('2023-07-20T06:30:00Z');
    expect(formatEventDateTime(instant, 'WITA', 'id')).toBe('20 Juli 2023 14.30 WITA');
    expect(formatEventDateTime(instant, 'WIB', 'en')).toBe('20 July 2023 13:30 WIB');
    expect(formatEventClock(new Date('2023-07-20T06:30:05Z'), 'WITA', 'id')).toBe('14.30.05 WITA');
    expect(formatEventClock(new Date('2023-07-20T06:30:05Z'), 'WIT', 'en')).toBe('15:30:05 WIT');
  });

  it('moves to the next day when the zone is past midnight', () => {
    expect(formatEventDateTime(new Date('2023-07-20T16:00:00Z'), 'WIT', 'id')).toBe('21 Juli 2023 01.00 WIT');
  });
});
