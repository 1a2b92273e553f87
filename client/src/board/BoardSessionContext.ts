import { createContext, useContext } from 'react';
import type { FacilitatorCommand, VoteView } from '@rembuk/shared';
import type { CommandOutcome } from '../connection/commandChannel.js';
import type { BoardAbilities } from '../session/boardAbilities.js';

/** What every card on a board needs from the session around it, without threading props through each column. */
export interface BoardSession {
  abilities: BoardAbilities;
  /** This board's votes (own dots; totals once revealed, always for who runs the group); null until known. */
  votes: VoteView | null;
  /** Cards this device created: a participant may withdraw those. */
  ownCards: ReadonlySet<string>;
  /** The group this board belongs to, for moderation commands. */
  groupId: string;
  /** Cards whose edits wait on this phone for the server ("saved on this phone"), shaped for useSyncExternalStore. */
  queuedCards: { subscribe: (listener: () => void) => () => void; get: () => ReadonlySet<string> };
  command: (command: FacilitatorCommand) => Promise<CommandOutcome>;
  vote: (cardId: string, delta: 1 | -1) => Promise<CommandOutcome>;
}

const NONE_QUEUED: ReadonlySet<string> = new Set();

const READ_ONLY: BoardSession = {
  abilities: { write: false, withdraw: false, vote: false, moderate: false, readOnlyBecause: null },
  votes: null,
  ownCards: new Set(),
  groupId: '',
  queuedCards: { subscribe: () => () => undefined, get: () => NONE_QUEUED },
  command: () => Promise.resolve({ ok: false, reason: 'no_reply', message: 'no board' }),
  vote: () => Promise.resolve({ ok: false, reason: 'no_reply', message: 'no board' }),
};

export const BoardSessionContext = createContext<BoardSession>(READ_ONLY);

export function useBoardSession(): BoardSession {
  return useContext(BoardSessionContext);
}
