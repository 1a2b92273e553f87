import { useTranslation } from 'react-i18next';
import type { EventId } from '@rembuk/shared';
import { Link } from '../components/Link.js';
import { useCommand } from '../hooks/useCommand.js';
import { paths } from '../routing/routes.js';
import { useBoardSession } from './BoardSessionContext.js';

/** For who runs this group, on its board: undo the last moderation step, and the way back to the dashboard. */
export function RunnerBar({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const { groupId, command } = useBoardSession();
  const { run, busy, error } = useCommand();
  return (
    <div className="runner-bar" data-testid="runner-bar">
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        data-testid="moderation-undo"
        onClick={() => void run(() => command({ type: 'undoModeration', groupId }))}
      >
        {t('moderation.undo')}
      </button>
      <Link className="button button--small button--quiet" href={paths.facilitator(eventId)} data-testid="board-to-dashboard">
        {t('dashboard.open')}
      </Link>
      {error && (
        <p className="error" role="alert" data-testid="runner-error">
          {error}
        </p>
      )}
    </div>
  );
}
