import { emptyStats, type Attacker, type AttackerKind } from './Attacker.js';
import { MAX_QUEUED_BYTES, Pump } from './Pump.js';
import { RawSocketIo } from './RawSocketIo.js';

export interface ControlTarget {
  baseUrl: string;
  eventId: string;
  groupId: string;
  /** A participant ticket of the attacker's own seat. */
  ticket: string;
  /** A card on that board to vote on. */
  cardId: string;
}

/**
 * One participant socket flooding socket.io: (a) dot votes, +1 and −1 in turn on one card (so the budget never runs
 * out and every vote is processed), or (b) facilitator commands a participant may not send. Issue 9 saw 67,000
 * votes from one socket processed in 8–26 s and 41,000 forbidden commands in 5 s.
 */
export function controlFlood(kind: Extract<AttackerKind, 'voteFlood' | 'forbiddenCommands'>, target: ControlTarget, perSecond: number): Attacker {
  const stats = emptyStats();
  const socket = new RawSocketIo(target.baseUrl, { token: target.ticket, eventId: target.eventId }, stats);
  let n = 0;
  const payload = (): [string, unknown] => {
    n++;
    if (kind === 'voteFlood') return ['vote', { cardId: target.cardId, delta: n % 2 === 0 ? -1 : 1 }];
    return ['command', FORBIDDEN[n % FORBIDDEN.length]?.(target)];
  };
  const pump = new Pump(perSecond, () => {
    if (!socket.isConnected || socket.bufferedAmount > MAX_QUEUED_BYTES) return false;
    const [event, body] = payload();
    return socket.emit(event, body);
  });
  return {
    kind,
    stats,
    start() {
      socket.start();
      pump.start();
    },
    stop() {
      pump.stop();
      socket.stop();
    },
  };
}

const FORBIDDEN: ((target: ControlTarget) => unknown)[] = [
  () => ({ type: 'setPhase', scope: { kind: 'event' }, phase: 'closed' }),
  (target) => ({ type: 'moderate', groupId: target.groupId, cardId: target.cardId, action: 'hide' }),
  (target) => ({ type: 'redact', groupId: target.groupId, cardId: target.cardId, text: 'dihapus' }),
  () => ({ type: 'broadcast', text: 'Acara dibatalkan' }),
  (target) => ({ type: 'setLocked', scope: { kind: 'group', groupId: target.groupId }, locked: true }),
];
