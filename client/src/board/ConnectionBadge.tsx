import { useTranslation } from 'react-i18next';
import type { BoardConnection } from '../connection/BoardConnection.js';
import type { ConnectionState } from '../connection/connectionState.js';
import { useConnectionState } from '../hooks/useBoardState.js';
import { connectionText } from './connectionText.js';

/**
 * The link state at the top of the board, and, whenever edits are not reaching the others, the same words in a
 * bar pinned to the bottom of the screen: nobody should keep typing into a board that silently stopped syncing,
 * however far down the list they are.
 */
export function ConnectionBadge({ connection }: { connection: BoardConnection }) {
  const { t } = useTranslation();
  const state = useConnectionState(connection);
  const text = connectionText(state, t);
  const troubled = state.kind === 'offline' || state.kind === 'closed';
  return (
    <>
      <div
        className={`connection connection--${state.kind}`}
        role="status"
        aria-live="polite"
        data-testid="connection-state"
        data-state={dataState(state)}
      >
        <span className="connection-dot" aria-hidden="true" />
        <span>{text}</span>
        {state.kind === 'closed' && <ReloadButton />}
      </div>
      {troubled && (
        // A visual repeat of the live region above, so screen readers hear it once.
        <div className={`connection-banner connection--${state.kind}`} aria-hidden="true" data-testid="connection-banner">
          <span className="connection-dot" />
          <span>{text}</span>
          {state.kind === 'closed' && <ReloadButton />}
        </div>
      )}
    </>
  );
}

function ReloadButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--small" onClick={() => location.reload()}>
      {t('connection.reload')}
    </button>
  );
}

function dataState(state: ConnectionState): string {
  return state.kind === 'connected' && !state.synced ? 'syncing' : state.kind;
}
