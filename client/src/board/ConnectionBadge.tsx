import { useTranslation } from 'react-i18next';
import type { BoardConnection } from '../connection/BoardConnection.js';
import type { ConnectionState } from '../connection/connectionState.js';
import { useConnectionState } from '../hooks/useBoardState.js';

/** Always-visible link state, so nobody keeps typing into a board that silently stopped syncing. */
export function ConnectionBadge({ connection }: { connection: BoardConnection }) {
  const { t } = useTranslation();
  const state = useConnectionState(connection);
  return (
    <div
      className={`connection connection--${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="connection-state"
      data-state={state.kind === 'connected' && !state.synced ? 'syncing' : state.kind}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span>{stateText(state, t)}</span>
      {state.kind === 'closed' && (
        <button type="button" className="button button--small" onClick={() => location.reload()}>
          {t('connection.reload')}
        </button>
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function stateText(state: ConnectionState, t: Translate): string {
  switch (state.kind) {
    case 'connecting':
      return t('connection.connecting');
    case 'connected':
      return state.synced ? t('connection.connected') : t('connection.syncing');
    case 'offline':
      return state.queuedEdits > 0
        ? t('connection.offlineQueued', { count: state.queuedEdits })
        : t('connection.offline');
    case 'closed':
      return closedText(state.reason, state.code, t);
  }
}

function closedText(reason: Extract<ConnectionState, { kind: 'closed' }>['reason'], code: number, t: Translate): string {
  switch (reason) {
    case 'unauthorized':
      return t('connection.closed.unauthorized');
    case 'forbidden':
      return t('connection.closed.forbidden');
    case 'boardNotFound':
      return t('connection.closed.boardNotFound');
    case 'malformedFrame':
      return t('connection.closed.malformedFrame');
    case 'rateLimited':
      return t('connection.closed.rateLimited');
    case 'slowConsumer':
    case 'serverRestart':
    case 'frameTooLarge':
    case null:
      return t('connection.closed.other', { code });
  }
}
