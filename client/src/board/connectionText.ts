import type { TFunction } from 'i18next';
import type { ConnectionState } from '../connection/connectionState.js';

/** What to tell the writer about the link, closed-for-good reasons included. */
export function connectionText(state: ConnectionState, t: TFunction): string {
  switch (state.kind) {
    case 'connecting':
      return t('connection.connecting');
    case 'connected':
      return state.synced ? t('connection.connected') : t('connection.syncing');
    case 'offline':
      return state.queuedCards > 0 ? t('connection.offlineQueued', { count: state.queuedCards }) : t('connection.offline');
    case 'closed':
      return closedText(state, t);
  }
}

function closedText(state: Extract<ConnectionState, { kind: 'closed' }>, t: TFunction): string {
  switch (state.reason) {
    case 'unauthorized':
      return t('connection.closed.unauthorized');
    case 'forbidden':
      return t('connection.closed.forbidden');
    case 'boardNotFound':
      return t('connection.closed.boardNotFound');
    case 'malformedFrame':
      return t('connection.closed.malformedFrame');
    case 'schemaViolation':
      return t('connection.closed.schemaViolation');
    case 'incompleteUpdate':
      return t('connection.closed.incompleteUpdate');
    case 'boardFull':
      return t('connection.closed.boardFull');
    case 'rateLimited':
      return t('connection.closed.rateLimited');
    case 'seatChanged':
      return t('connection.closed.seatChanged');
    case 'accessRevoked':
      return t('connection.closed.accessRevoked');
    case 'slowConsumer':
    case 'eventElsewhere':
    case 'serverRestart':
    case 'frameTooLarge':
    case null:
      return t('connection.closed.other', { code: state.code });
  }
}
