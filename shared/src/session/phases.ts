/** The order a session runs in; a facilitator may switch to any phase at any time. */
export const PHASES = ['write', 'cluster', 'vote', 'plan', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

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
