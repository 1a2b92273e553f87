import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from './routes.js';
import type { EventId, GroupId } from '@rembuk/shared';

describe('parseRoute', () => {
  it('reads every page from its path', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'home' });
    expect(parseRoute('/new', '')).toEqual({ page: 'create' });
    expect(parseRoute('/j/K7QM-3XPD', '')).toEqual({ page: 'join', joinCode: 'K7QM-3XPD' });
    expect(parseRoute('/b/abcd1234/grp1', '')).toEqual({ page: 'board', eventId: 'abcd1234', groupId: 'grp1' });
    expect(parseRoute('/elsewhere', '')).toEqual({ page: 'notFound' });
  });

  it('takes the organizer key from the fragment only', () => {
    expect(parseRoute('/o/abcd1234', '#key=s3cr3t')).toEqual({ page: 'organizer', eventId: 'abcd1234', keyInUrl: 's3cr3t' });
    expect(parseRoute('/o/abcd1234', '')).toEqual({ page: 'organizer', eventId: 'abcd1234', keyInUrl: null });
  });

  it('round-trips the paths it builds', () => {
    const eventId = 'abcd1234' as EventId;
    const groupId = 'grp1' as GroupId;
    expect(parseRoute(paths.board(eventId, groupId), '')).toEqual({ page: 'board', eventId, groupId });
    const [path, hash] = paths.organizerWithKey(eventId, 'k/y+z').split('#');
    expect(parseRoute(path ?? '', `#${hash ?? ''}`)).toEqual({ page: 'organizer', eventId, keyInUrl: 'k/y+z' });
  });
});
