import { describe, expect, it } from 'vitest';
import { boardDocName, ID_PATTERNS, newCardId, parseBoardDocName, type EventId, type GroupId } from './ids.js';

describe('ids', () => {
  it('round-trips a board document name', () => {
    const name = boardDocName('evt00001' as EventId, 'grp1' as GroupId);
    expect(parseBoardDocName(name)).toEqual({ eventId: 'evt00001', groupId: 'grp1' });
  });

  it('refuses malformed board names', () => {
    for (const name of ['', 'evt00001', 'evt00001.', '.grp1', 'evt00001.grp1.x', 'EVT00001.grp1', 'evt0001.grp1', 'evt00001.gr', 'evt00001.grp-1']) {
      expect(parseBoardDocName(name)).toBeNull();
    }
  });

  it('makes card ids its own pattern accepts', () => {
    for (let count = 0; count < 50; count += 1) expect(ID_PATTERNS.card.test(newCardId())).toBe(true);
  });
});
