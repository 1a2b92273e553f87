import { describe, expect, it } from 'vitest';
import type { GroupSession, TimerState } from '@rembuk/shared';
import { commonTimer } from './commonTimer.js';

function group(groupId: string, timer: TimerState): GroupSession {
  return { groupId, phase: 'write', timer, locked: false, votesRevealed: false };
}

describe('commonTimer', () => {
  const running: TimerState = { kind: 'running', deadline: 1_000_000, durationMs: 600_000, onZero: 'notify' };

  it('is the timer every group shares', () => {
    expect(commonTimer([group('a', running), group('b', { ...running })])).toEqual(running);
  });

  it('is null when groups run their own timers, or none runs', () => {
    expect(commonTimer([group('a', running), group('b', { ...running, deadline: 2_000_000 })])).toBeNull();
    expect(commonTimer([group('a', { kind: 'idle' }), group('b', { kind: 'idle' })])).toBeNull();
    expect(commonTimer([])).toBeNull();
  });
});
