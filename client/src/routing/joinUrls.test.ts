import { describe, expect, it } from 'vitest';
import type { GroupId } from '@rembuk/shared';
import { displayJoinCode, joinUrl, typedUrl } from './joinUrls.js';
import { parseRoute } from './routes.js';

describe('join URLs', () => {
  const origin = 'http://192.168.1.20:3000';
  const groupId = 'ab12cd34' as GroupId;

  it('write the join code the way the organizer page shows it', () => {
    expect(displayJoinCode('k7qm3xpd')).toBe('K7QM-3XPD');
    expect(displayJoinCode('K7QM 3XPD')).toBe('K7QM-3XPD');
  });

  it('lead to the event, or to one group, on the given origin', () => {
    expect(joinUrl(origin, 'k7qm-3xpd')).toBe('http://192.168.1.20:3000/j/K7QM-3XPD');
    const url = new URL(joinUrl(origin, 'K7QM-3XPD', groupId));
    expect(url.href).toBe('http://192.168.1.20:3000/j/K7QM-3XPD/ab12cd34');
    expect(parseRoute(url.pathname, url.hash)).toEqual({ page: 'join', joinCode: 'K7QM-3XPD', groupId });
  });

  it('drop the scheme for typing', () => {
    expect(typedUrl('http://192.168.1.20:3000/j/K7QM-3XPD')).toBe('192.168.1.20:3000/j/K7QM-3XPD');
    expect(typedUrl('https://rembuk.example/')).toBe('rembuk.example');
  });
});
