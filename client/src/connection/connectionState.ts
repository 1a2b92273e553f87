import { closeCodeName, type CloseCodeName } from '@rembuk/shared';

/**
 * What the board's live link is doing, as the writer needs to know it: whether what they type reaches the
 * others now, later (queued on this phone), or never (closed for good, with the reason).
 */
export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected'; synced: boolean }
  /** `queuedCards`: how many cards hold edits this device has not been able to send yet. */
  | { kind: 'offline'; queuedCards: number }
  | { kind: 'closed'; code: number; reason: CloseCodeName | null };

export function closedState(code: number): ConnectionState {
  return { kind: 'closed', code, reason: closeCodeName(code) };
}

export function sameConnectionState(a: ConnectionState, b: ConnectionState): boolean {
  switch (a.kind) {
    case 'connecting':
      return b.kind === 'connecting';
    case 'connected':
      return b.kind === 'connected' && a.synced === b.synced;
    case 'offline':
      return b.kind === 'offline' && a.queuedCards === b.queuedCards;
    case 'closed':
      return b.kind === 'closed' && a.code === b.code;
  }
}
