import type { GroupSession, TimerState } from '@rembuk/shared';

/**
 * The countdown every group shares (a facilitator started it for the whole event), or null when groups differ or
 * none runs. The wall then shows it once, large, instead of once per tile.
 */
export function commonTimer(groups: readonly GroupSession[]): TimerState | null {
  const [first, ...rest] = groups;
  if (!first || first.timer.kind === 'idle') return null;
  const key = JSON.stringify(first.timer);
  return rest.every((group) => JSON.stringify(group.timer) === key) ? first.timer : null;
}
