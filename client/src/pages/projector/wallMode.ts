import { ID_PATTERNS } from '@rembuk/shared';

/**
 * What the projector shows. Kept in the address (`?view=…&group=…`) so a reload, or a second screen opened with
 * the same address, shows the same thing.
 */
export type WallMode =
  | { kind: 'all' }
  /** One group at a time, full screen, moving on every few seconds. */
  | { kind: 'cycle' }
  | { kind: 'group'; groupId: string }
  | { kind: 'chart' }
  /** Themes across regions a lead facilitator approved for the screen. */
  | { kind: 'themes' }
  | { kind: 'join' };

export const WALL_MODE_KINDS = ['all', 'cycle', 'group', 'chart', 'themes', 'join'] as const;

export function parseWallMode(search: string): WallMode {
  const params = new URLSearchParams(search);
  switch (params.get('view')) {
    case 'cycle':
      return { kind: 'cycle' };
    case 'group': {
      const groupId = params.get('group');
      return groupId && ID_PATTERNS.group.test(groupId) ? { kind: 'group', groupId } : { kind: 'all' };
    }
    case 'chart':
      return { kind: 'chart' };
    case 'themes':
      return { kind: 'themes' };
    case 'join':
      return { kind: 'join' };
    default:
      return { kind: 'all' };
  }
}

/** The query string for a mode; the overview is the bare address. */
export function wallModeSearch(mode: WallMode): string {
  switch (mode.kind) {
    case 'all':
      return '';
    case 'group':
      return `?view=group&group=${encodeURIComponent(mode.groupId)}`;
    case 'cycle':
    case 'chart':
    case 'themes':
    case 'join':
      return `?view=${mode.kind}`;
  }
}
