import type { Phase } from './phases.js';
import type { TimerState } from './timer.js';

/** The running state of one group: phase, countdown, lock, and whether votes are revealed. */
export interface GroupSession {
  groupId: string;
  phase: Phase;
  timer: TimerState;
  /** A locked board is read-only for participants whatever the phase. */
  locked: boolean;
  votesRevealed: boolean;
}

/** A short message a facilitator broadcasts to every group's screen. */
export interface BroadcastMessage {
  text: string;
  sentAt: number;
}

/** What every client of an event is told about the session (each sees the groups its role may see). */
export interface SessionView {
  /** The server's clock when this view was sent, so a client can correct its own clock for timers. */
  serverNow: number;
  groups: GroupSession[];
  message: BroadcastMessage | null;
}
