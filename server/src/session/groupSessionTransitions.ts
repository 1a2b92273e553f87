import type { GroupSession, Phase, TimerState, TimerZeroAction } from '@rembuk/shared';

/**
 * Pure transitions of one group's session state; SessionManager applies them, persists, schedules and broadcasts.
 * Times are epoch ms of the server clock.
 */
export function initialGroupSession(groupId: string): GroupSession {
  return { groupId, phase: 'write', timer: { kind: 'idle' }, locked: false, votesRevealed: false };
}

/** Closing a group ends its countdown: nobody works against a clock on a closed board. */
export function withPhase(session: GroupSession, phase: Phase): GroupSession {
  return phase === 'closed' ? { ...session, phase, timer: { kind: 'idle' } } : { ...session, phase };
}

export function startTimer(session: GroupSession, now: number, durationMs: number, onZero: TimerZeroAction): GroupSession {
  return { ...session, timer: { kind: 'running', deadline: now + durationMs, durationMs, onZero } };
}

export function pauseTimer(session: GroupSession, now: number): GroupSession {
  const { timer } = session;
  if (timer.kind !== 'running') return session;
  return {
    ...session,
    timer: { kind: 'paused', remainingMs: Math.max(0, timer.deadline - now), durationMs: timer.durationMs, onZero: timer.onZero },
  };
}

export function resumeTimer(session: GroupSession, now: number): GroupSession {
  const { timer } = session;
  if (timer.kind !== 'paused') return session;
  return {
    ...session,
    timer: { kind: 'running', deadline: now + timer.remainingMs, durationMs: timer.durationMs, onZero: timer.onZero },
  };
}

/** Add (or with a negative amount, take) time; a countdown never goes below zero left. */
export function addTime(session: GroupSession, now: number, ms: number): GroupSession {
  const timer: TimerState = session.timer;
  switch (timer.kind) {
    case 'running':
      return { ...session, timer: { ...timer, deadline: Math.max(now, timer.deadline + ms), durationMs: Math.max(0, timer.durationMs + ms) } };
    case 'paused':
      return { ...session, timer: { ...timer, remainingMs: Math.max(0, timer.remainingMs + ms), durationMs: Math.max(0, timer.durationMs + ms) } };
    case 'expired':
      return ms > 0
        ? { ...session, timer: { kind: 'running', deadline: now + ms, durationMs: ms, onZero: timer.onZero } }
        : session;
    case 'idle':
      return session;
  }
}

export function clearTimer(session: GroupSession): GroupSession {
  return { ...session, timer: { kind: 'idle' } };
}

/** The countdown reached zero: mark it, and lock the board if that is what zero means. */
export function expireTimer(session: GroupSession, now: number): GroupSession {
  const { timer } = session;
  if (timer.kind !== 'running' || timer.deadline > now) return session;
  return {
    ...session,
    locked: session.locked || timer.onZero === 'lock',
    timer: { kind: 'expired', at: timer.deadline, durationMs: timer.durationMs, onZero: timer.onZero },
  };
}

export function withLock(session: GroupSession, locked: boolean): GroupSession {
  return { ...session, locked };
}

export function withVotesRevealed(session: GroupSession, votesRevealed: boolean): GroupSession {
  return { ...session, votesRevealed };
}
