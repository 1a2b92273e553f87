import { z } from 'zod';
import { ID_PATTERNS } from '../ids.js';
import { LIMITS } from '../limits.js';
import { PHASES } from './phases.js';
import { TIMER_ZERO_ACTIONS } from './timer.js';
import { THEME_COMMAND_SCHEMAS } from '../themes/themeCommands.js';

const groupId = z.string().regex(ID_PATTERNS.group);
const cardId = z.string().regex(ID_PATTERNS.card);

/** Which groups a facilitator command applies to: every group it may run, or one. */
export const CommandScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event') }).strict(),
  z.object({ kind: z.literal('group'), groupId }).strict(),
]);
export type CommandScope = z.infer<typeof CommandScope>;

/**
 * Facilitator commands over socket.io, as `socket.emit('command', command, ack)`. Each is validated, checked
 * against the sender's role and groups, and answered with a CommandReply.
 */
export const FacilitatorCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setPhase'), scope: CommandScope, phase: z.enum(PHASES) }).strict(),
  z
    .object({
      type: z.literal('startTimer'),
      scope: CommandScope,
      durationMs: z.number().int().min(LIMITS.minTimerMs).max(LIMITS.maxTimerMs),
      onZero: z.enum(TIMER_ZERO_ACTIONS),
    })
    .strict(),
  z.object({ type: z.literal('pauseTimer'), scope: CommandScope }).strict(),
  z.object({ type: z.literal('resumeTimer'), scope: CommandScope }).strict(),
  z.object({ type: z.literal('addTime'), scope: CommandScope, ms: z.number().int().min(-60 * 60 * 1000).max(60 * 60 * 1000) }).strict(),
  z.object({ type: z.literal('clearTimer'), scope: CommandScope }).strict(),
  z.object({ type: z.literal('setLocked'), scope: CommandScope, locked: z.boolean() }).strict(),
  z.object({ type: z.literal('revealVotes'), scope: CommandScope, revealed: z.boolean() }).strict(),
  z.object({ type: z.literal('broadcast'), text: z.string().trim().min(1).max(LIMITS.maxBroadcastLength) }).strict(),
  z.object({ type: z.literal('clearBroadcast') }).strict(),
  z.object({ type: z.literal('moveParticipant'), deviceId: z.string().regex(ID_PATTERNS.device), toGroupId: groupId }).strict(),
  z
    .object({
      type: z.literal('moderate'),
      groupId,
      cardId,
      action: z.enum(['hide', 'unhide', 'agree', 'unagree', 'notForScreen', 'forScreen']),
    })
    .strict(),
  z.object({ type: z.literal('redact'), groupId, cardId, text: z.string().max(LIMITS.maxCardTextLength) }).strict(),
  z.object({ type: z.literal('merge'), groupId, cardId, intoCardId: cardId }).strict(),
  z.object({ type: z.literal('undoModeration'), groupId }).strict(),
  // Themes across regions (lead facilitators) and duplicate suggestions (a group's facilitators).
  ...THEME_COMMAND_SCHEMAS,
]);
export type FacilitatorCommand = z.infer<typeof FacilitatorCommand>;

/** A participant's dot vote: +1 adds a dot to the card, -1 takes one back. */
export const VoteCommand = z.object({ cardId, delta: z.union([z.literal(1), z.literal(-1)]) }).strict();
export type VoteCommand = z.infer<typeof VoteCommand>;

export type CommandReply = { ok: true } | { ok: false; reason: CommandFailure; message: string };

/** The closed set of reasons a command is refused. */
export const COMMAND_FAILURES = [
  'invalid_command',
  'forbidden',
  'not_found',
  'wrong_phase',
  'budget_exhausted',
  'nothing_to_undo',
  /** The socket already has `LIMITS.maxInFlightPerSocket` votes or commands being carried out: wait for a reply. */
  'too_many_in_flight',
] as const;
export type CommandFailure = (typeof COMMAND_FAILURES)[number];
