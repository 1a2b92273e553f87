import { PHASES } from '@rembuk/shared';
import { randomJson } from './fuzzValues.js';
import type { SeededRandom } from './seededRandom.js';

/** What a hostile participant knows of its event, to aim votes and commands at real cards and groups. */
export interface ControlTargets {
  eventId: string;
  groupIds: readonly string[];
  deviceIds: readonly string[];
  /** Card ids seen on the boards so far (filled in while the attack runs). */
  cardIds: () => readonly string[];
}

export interface FuzzEmit {
  event: string;
  args: unknown[];
  /** Whether the last argument is an acknowledgement callback (a hostile client may leave it out). */
  withAck: boolean;
}

const COMMAND_TYPES = [
  'setPhase', 'startTimer', 'pauseTimer', 'resumeTimer', 'addTime', 'clearTimer', 'setLocked', 'revealVotes',
  'broadcast', 'clearBroadcast', 'moveParticipant', 'moderate', 'redact', 'merge', 'undoModeration',
] as const;

/** One socket.io emit of a hostile participant: votes, facilitator commands, pseudonyms and events no one handles. */
export function fuzzControlEmit(rng: SeededRandom, targets: ControlTargets): FuzzEmit {
  const withAck = rng.chance(0.8);
  const extra = rng.chance(0.1) ? [randomJson(rng)] : [];
  return rng.weighted<() => FuzzEmit>([
    [5, () => ({ event: 'vote', args: [vote(rng, targets), ...extra], withAck })],
    [5, () => ({ event: 'command', args: [command(rng, targets), ...extra], withAck })],
    [1, () => ({ event: 'setPseudonym', args: [rng.chance(0.5) ? { pseudonym: rng.text(rng.between(0, 60)) } : randomJson(rng)], withAck })],
    [1, () => ({ event: rng.pick(['session', 'presence', 'wall', 'failure', 'disconnect', 'connect', '__proto__', rng.text(6)]), args: [randomJson(rng)], withAck })],
    [1, () => ({ event: 'vote', args: [], withAck })],
  ])();
}

function cardId(rng: SeededRandom, targets: ControlTargets): unknown {
  const known = targets.cardIds();
  if (known.length > 0 && rng.chance(0.7)) return rng.pick(known);
  return rng.pick([rng.text(16), 'a'.repeat(16), null, rng.int(100), '../../etc', 'x'.repeat(10_000)]);
}

function vote(rng: SeededRandom, targets: ControlTargets): unknown {
  if (rng.chance(0.15)) return randomJson(rng);
  return { cardId: cardId(rng, targets), delta: rng.weighted([[6, 1], [3, -1], [1, rng.pick([0, 2, -100, 1.5, '1', null])]] as const) };
}

function command(rng: SeededRandom, targets: ControlTargets): unknown {
  if (rng.chance(0.1)) return randomJson(rng);
  const groupId = rng.chance(0.8) ? rng.pick(targets.groupIds) : rng.text(8);
  const scope = rng.chance(0.5) ? { kind: 'event' } : { kind: 'group', groupId };
  const body: Record<string, unknown> = { type: rng.pick(COMMAND_TYPES) };
  const fields: Record<string, () => unknown> = {
    scope: () => scope,
    phase: () => rng.pick([...PHASES, 'chaos']),
    durationMs: () => rng.pick([5_000, 60_000, -1, 1e12]),
    onZero: () => rng.pick(['lock', 'nothing', 'explode']),
    ms: () => rng.pick([1_000, -1e9, 0.5]),
    locked: () => rng.chance(0.5),
    revealed: () => rng.chance(0.5),
    text: () => rng.text(rng.between(0, 400)),
    deviceId: () => (targets.deviceIds.length > 0 ? rng.pick(targets.deviceIds) : rng.text(16)),
    toGroupId: () => groupId,
    groupId: () => groupId,
    cardId: () => cardId(rng, targets),
    intoCardId: () => cardId(rng, targets),
    action: () => rng.pick(['hide', 'unhide', 'agree', 'unagree', 'notForScreen', 'forScreen', 'burn']),
  };
  for (const [name, make] of Object.entries(fields)) if (rng.chance(0.35)) body[name] = make();
  return body;
}

/** An engine.io / socket.io packet as text, mutated: what a hand-written socket.io client might send. */
export function fuzzEnginePacket(rng: SeededRandom, targets: ControlTargets): string {
  const emit = JSON.stringify([rng.pick(['vote', 'command', 'setPseudonym']), vote(rng, targets)]);
  const packet = rng.weighted<() => string>([
    [3, () => `42${emit}`],
    [2, () => `42${rng.int(1e6)}${emit}`],
    [2, () => `42${emit.slice(0, rng.int(emit.length))}`],
    [1, () => `4${rng.int(10)}${rng.text(rng.between(0, 30))}`],
    [1, () => `${rng.int(10)}${JSON.stringify(randomJson(rng))}`],
    [1, () => `451-["vote",{"_placeholder":true,"num":${rng.int(5)}}]`],
    [1, () => rng.text(rng.between(0, 50))],
  ])();
  return packet;
}
