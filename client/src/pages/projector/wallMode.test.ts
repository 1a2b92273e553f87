import { describe, expect, it } from 'vitest';
import { parseWallMode, wallModeSearch, type WallMode } from './wallMode.js';

describe('wall modes in the address', () => {
  it('round-trips every mode', () => {
    const modes: WallMode[] = [{ kind: 'all' }, { kind: 'cycle' }, { kind: 'group', groupId: 'g1ab' }, { kind: 'chart' }, { kind: 'themes' }, { kind: 'join' }];
    for (const mode of modes) expect(parseWallMode(wallModeSearch(mode))).toEqual(mode);
  });

  it('falls back to the overview for anything it does not know', () => {
    expect(parseWallMode('')).toEqual({ kind: 'all' });
    expect(parseWallMode('?view=dance')).toEqual({ kind: 'all' });
    expect(parseWallMode('?view=group')).toEqual({ kind: 'all' });
    expect(parseWallMode('?view=group&group=<script>')).toEqual({ kind: 'all' });
  });
});
