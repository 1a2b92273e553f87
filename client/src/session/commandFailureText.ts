import type { TFunction } from 'i18next';
import type { CommandOutcome } from '../connection/commandChannel.js';

/** Why the server refused a command or a vote, in words for the person who pressed the button. */
export function commandFailureText(outcome: Extract<CommandOutcome, { ok: false }>, t: TFunction): string {
  switch (outcome.reason) {
    case 'invalid_command':
      return t('command.failure.invalid');
    case 'forbidden':
      return t('command.failure.forbidden');
    case 'not_found':
      return t('command.failure.notFound');
    case 'wrong_phase':
      return t('command.failure.wrongPhase');
    case 'budget_exhausted':
      return t('command.failure.budget');
    case 'nothing_to_undo':
      return t('command.failure.nothingToUndo');
    case 'too_many_in_flight':
      return t('command.failure.tooManyInFlight');
    case 'no_reply':
      return t('command.failure.noReply');
  }
}
