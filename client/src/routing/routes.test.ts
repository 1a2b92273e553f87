import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from './routes.js';
import type { EventId, GroupId } from '@rembuk/shared';

describe('parseRoute', () => {
  it('reads every page from its path', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'home' });
    expect(parseRoute('/new', '')).toEqual({ page: 'create' });
    expect(parseRoute('/j/K7QM-3XPD', '')).toEqual({ page: 'join', joinCode: 'K7QM-3XPD', groupId: null });
    expect(parseRoute('/o/abcd1234/qr', '')).toEqual({ page: 'organizerQr', eventId: 'abcd1234' });
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

describe('per-group join links', () => {
  const groupId = 'grp1abcd' as GroupId;

  it('carry the group after the join code', () => {
    expect(parseRoute('/j/K7QM-3XPD/grp1abcd', '')).toEqual({ page: 'join', joinCode: 'K7QM-3XPD', groupId });
    expect(parseRoute('/j/K7QM-3XPD/grp1abcd/', '')).toEqual({ page: 'join', joinCode: 'K7QM-3XPD', groupId });
  });

  it('round-trip through paths.joinGroup, the join code percent-encoded', () => {
    expect(paths.joinGroup('K7QM-3XPD', groupId)).toBe('/j/K7QM-3XPD/grp1abcd');
    expect(parseRoute(paths.joinGroup('k7qm 3xpd', groupId), '')).toEqual({ page: 'join', joinCode: 'k7qm 3xpd', groupId });
  });

  it('read a group typed in capitals as the lower-case id it is', () => {
    expect(parseRoute('/j/K7QM-3XPD/GRP1ABCD', '')).toEqual({ page: 'join', joinCode: 'K7QM-3XPD', groupId });
  });

  it('lead nowhere when the group part is not an id or more follows it', () => {
    expect(parseRoute('/j/K7QM-3XPD/ab', '')).toEqual({ page: 'notFound' });
    expect(parseRoute('/j/K7QM-3XPD/grp1abcd/more', '')).toEqual({ page: 'notFound' });
  });
});

describe('the QR sheet', () => {
  it('sits under the organizer page and needs no key in the URL', () => {
    const eventId = 'abcd1234' as EventId;
    expect(paths.organizerQr(eventId)).toBe('/o/abcd1234/qr');
    expect(parseRoute(paths.organizerQr(eventId), '')).toEqual({ page: 'organizerQr', eventId });
    expect(parseRoute('/o/abcd1234/qr/', '#key=ignored')).toEqual({ page: 'organizerQr', eventId });
  });
});

describe('facilitator and projector links', () => {
  const eventId = 'abcd1234' as EventId;

  it('carry the key and the join code in the fragment', () => {
    const [path, hash] = paths.facilitatorWithKey(eventId, 'k/y+z', 'K7QM-3XPD').split('#');
    expect(path).toBe('/f/abcd1234');
    expect(parseRoute(path ?? '', `#${hash ?? ''}`)).toEqual({
      page: 'facilitator',
      eventId,
      link: { key: 'k/y+z', joinCode: 'K7QM-3XPD' },
    });
    const [projectorPath, projectorHash] = paths.projectorWithKey(eventId, 's3cr3t').split('#');
    expect(parseRoute(projectorPath ?? '', `#${projectorHash ?? ''}`)).toEqual({
      page: 'projector',
      eventId,
      link: { key: 's3cr3t', joinCode: null },
    });
  });

  it('open without a fragment (the key kept on the device is used)', () => {
    expect(parseRoute('/f/abcd1234', '')).toEqual({ page: 'facilitator', eventId, link: null });
    expect(parseRoute('/p/abcd1234/', '')).toEqual({ page: 'projector', eventId, link: null });
  });
});
