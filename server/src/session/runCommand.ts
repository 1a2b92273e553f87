import type { CommandReply, CommandScope, FacilitatorCommand, EventId, ThemeCommand } from '@rembuk/shared';
import { runGroups, runsGroup, type Access } from '../auth/authorize.js';
import type { SeatStore } from '../storage/Storage.js';
import {
  addTime,
  clearTimer,
  pauseTimer,
  resumeTimer,
  startTimer,
  withLock,
  withPhase,
  withVotesRevealed,
} from './groupSessionTransitions.js';
import type { Moderator } from './Moderator.js';
import type { SessionManager } from './SessionManager.js';

export interface CommandContext {
  sessions: SessionManager;
  moderator: Moderator;
  seats: SeatStore;
  /** Move a device: close its old board's connections and tell it where it sits now. */
  seatChanged(eventId: EventId, deviceId: string, groupId: string): void;
  publishVotes(eventId: EventId, groupId: string): void;
  /** Themes across regions and duplicate suggestions (each command checks who may run it). */
  runThemeCommand(access: Access, command: ThemeCommand): Promise<CommandReply>;
}

const FORBIDDEN: CommandReply = { ok: false, reason: 'forbidden', message: 'You do not run that group.' };

/** Carry out one facilitator command after checking that the sender runs every group it touches. */
export async function runCommand(context: CommandContext, access: Access, command: FacilitatorCommand): Promise<CommandReply> {
  const { sessions, moderator } = context;
  const eventId = access.event.id;
  switch (command.type) {
    case 'setPhase':
      return updateGroups(context, access, command.scope, (group) => withPhase(group, command.phase));
    case 'startTimer':
      return updateGroups(context, access, command.scope, (group, now) => startTimer(group, now, command.durationMs, command.onZero));
    case 'pauseTimer':
      return updateGroups(context, access, command.scope, (group, now) => pauseTimer(group, now));
    case 'resumeTimer':
      return updateGroups(context, access, command.scope, (group, now) => resumeTimer(group, now));
    case 'addTime':
      return updateGroups(context, access, command.scope, (group, now) => addTime(group, now, command.ms));
    case 'clearTimer':
      return updateGroups(context, access, command.scope, (group) => clearTimer(group));
    case 'setLocked':
      return updateGroups(context, access, command.scope, (group) => withLock(group, command.locked));
    case 'revealVotes':
      return updateGroups(context, access, command.scope, (group) => withVotesRevealed(group, command.revealed));
    case 'broadcast':
    case 'clearBroadcast':
      // A message reaches every group's screen: only who runs every group may send one.
      if (runGroups(access).length !== access.event.groups.length) return FORBIDDEN;
      await sessions.setMessage(eventId, command.type === 'broadcast' ? { text: command.text, sentAt: Date.now() } : null);
      return { ok: true };
    case 'moveParticipant': {
      const seat = await context.seats.getSeat(eventId, command.deviceId);
      if (!seat) return { ok: false, reason: 'not_found', message: 'No such participant device.' };
      if (!access.event.groups.some((group) => group.id === command.toGroupId)) {
        return { ok: false, reason: 'not_found', message: 'No such group.' };
      }
      if (!runsGroup(access, seat) || !runsGroup(access, command.toGroupId)) return FORBIDDEN;
      if (seat === command.toGroupId) return { ok: true };
      await context.seats.setSeat(eventId, command.deviceId, command.toGroupId);
      context.seatChanged(eventId, command.deviceId, command.toGroupId);
      return { ok: true };
    }
    case 'moderate':
    case 'redact':
    case 'merge':
    case 'undoModeration': {
      if (!runsGroup(access, command.groupId)) return FORBIDDEN;
      const reply = await moderate(moderator, access, command);
      if (reply.ok) context.publishVotes(eventId, command.groupId);
      return reply;
    }
    case 'renameTheme':
    case 'moveThemeCard':
    case 'splitTheme':
    case 'mergeThemes':
    case 'dismissTheme':
    case 'approveTheme':
    case 'dismissDuplicate':
      return context.runThemeCommand(access, command);
  }
}

function moderate(
  moderator: Moderator,
  access: Access,
  command: Extract<FacilitatorCommand, { type: 'moderate' | 'redact' | 'merge' | 'undoModeration' }>,
): Promise<CommandReply> {
  switch (command.type) {
    case 'moderate':
      return moderator.setFlag(access.event, command.groupId, command.cardId, command.action);
    case 'redact':
      return moderator.redact(access.event, command.groupId, command.cardId, command.text);
    case 'merge':
      return moderator.merge(access.event, command.groupId, command.cardId, command.intoCardId);
    case 'undoModeration':
      return moderator.undo(access.event, command.groupId);
  }
}

async function updateGroups(
  context: CommandContext,
  access: Access,
  scope: CommandScope,
  transition: Parameters<SessionManager['update']>[2],
): Promise<CommandReply> {
  const groupIds = scope.kind === 'event' ? runGroups(access) : [scope.groupId];
  if (groupIds.length === 0 || !groupIds.every((groupId) => runsGroup(access, groupId))) return FORBIDDEN;
  if (!groupIds.every((groupId) => access.event.groups.some((group) => group.id === groupId))) {
    return { ok: false, reason: 'not_found', message: 'No such group.' };
  }
  await context.sessions.update(access.event.id, groupIds, transition);
  return { ok: true };
}
