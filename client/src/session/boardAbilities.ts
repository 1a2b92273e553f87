import { participantAllowance, type GroupSession } from '@rembuk/shared';
import type { BoardRole } from '../connection/BoardConnection.js';

/**
 * What the board lets this viewer do now. The server enforces all of it; the UI follows so nobody types into a
 * board that reverts their edits.
 */
export interface BoardAbilities {
  /** Edit, add and move cards. */
  write: boolean;
  /** Withdraw (delete) a card: participants their own, until the session closes, even while voting. */
  withdraw: boolean;
  /** Cast and take back dots. */
  vote: boolean;
  /** Hide, agree, redact, merge, undo; hidden cards are shown (dimmed) to who may do this. */
  moderate: boolean;
  /** Why a participant may not write, for the banner; null when they may. */
  readOnlyBecause: 'locked' | 'phase' | null;
}

const RUNNER: BoardAbilities = { write: true, withdraw: true, vote: false, moderate: true, readOnlyBecause: null };
const OPEN: BoardAbilities = { write: true, withdraw: true, vote: false, moderate: false, readOnlyBecause: null };

/** Until the server has told the session, a participant's board is treated as open (the default phase is write). */
export function boardAbilities(role: BoardRole, session: GroupSession | null): BoardAbilities {
  if (role !== 'participant') return RUNNER;
  if (!session) return OPEN;
  const allowance = participantAllowance(session.phase, session.locked);
  return {
    write: allowance === 'write',
    withdraw: allowance !== 'none',
    vote: session.phase === 'vote' && !session.locked,
    moderate: false,
    readOnlyBecause: allowance === 'write' ? null : session.locked ? 'locked' : 'phase',
  };
}
