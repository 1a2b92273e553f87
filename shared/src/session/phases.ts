/** The order a session runs in; a facilitator may switch to any phase at any time. */
export const PHASES = ['write', 'cluster', 'vote', 'plan', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * What participants may do to their board: edit freely, only withdraw (delete) cards — they may withdraw their
 * own cards until the session closes — or nothing.
 */
export type WriteAllowance = 'write' | 'withdrawOnly' | 'none';

export function participantAllowance(phase: Phase, locked: boolean): WriteAllowance {
  if (locked || phase === 'closed') return 'none';
  return participantsMayWrite(phase) ? 'write' : 'withdrawOnly';
}

/** Participants may edit cards in these phases (votes are cast only in `vote`). */
export function participantsMayWrite(phase: Phase): boolean {
  switch (phase) {
    case 'write':
    case 'cluster':
    case 'plan':
      return true;
    case 'vote':
    case 'closed':
      return false;
  }
}
