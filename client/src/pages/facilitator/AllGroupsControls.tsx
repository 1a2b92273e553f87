import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, type Phase, type TimerState } from '@rembuk/shared';
import type { DashboardConnection } from '../../connection/DashboardConnection.js';
import { useCommand } from '../../hooks/useCommand.js';
import { TimerControls } from './TimerControls.js';

const EVENT_SCOPE = { kind: 'event' } as const;

/** The same switches as each row, for every group this key runs at once. */
export function AllGroupsControls({ connection, groupCount, timers }: { connection: DashboardConnection; groupCount: number; timers: readonly TimerState[] }) {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  const [phase, setPhase] = useState<Phase>('write');
  const phaseId = useId();

  return (
    <section className="panel all-groups" aria-labelledby="all-groups-title" data-testid="all-groups">
      <h2 id="all-groups-title">{t('dashboard.allGroups', { count: groupCount })}</h2>
      <div className="all-phase">
        <label htmlFor={phaseId}>{t('dashboard.col.phase')}</label>
        <select id={phaseId} value={phase} data-testid="all-phase" onChange={(event) => setPhase(PHASES.find((p) => p === event.target.value) ?? 'write')}>
          {PHASES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`session.phase.${candidate}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy}
          data-testid="all-phase-apply"
          onClick={() => void run(() => connection.command({ type: 'setPhase', scope: EVENT_SCOPE, phase }))}
        >
          {t('dashboard.applyToAll')}
        </button>
      </div>
      <div className="button-row">
        {([true, false] as const).map((locked) => (
          <button
            key={String(locked)}
            type="button"
            className="button button--small"
            disabled={busy}
            data-testid={locked ? 'all-lock' : 'all-unlock'}
            onClick={() => void run(() => connection.command({ type: 'setLocked', scope: EVENT_SCOPE, locked }))}
          >
            {locked ? t('dashboard.lockAll') : t('dashboard.unlockAll')}
          </button>
        ))}
        {([true, false] as const).map((revealed) => (
          <button
            key={String(revealed)}
            type="button"
            className="button button--small"
            disabled={busy}
            data-testid={revealed ? 'all-reveal' : 'all-hide-votes'}
            onClick={() => void run(() => connection.command({ type: 'revealVotes', scope: EVENT_SCOPE, revealed }))}
          >
            {revealed ? t('dashboard.revealAll') : t('dashboard.hideAll')}
          </button>
        ))}
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <h3>{t('dashboard.timerTitle')}</h3>
      <TimerControls connection={connection} scope={EVENT_SCOPE} timers={timers} />
    </section>
  );
}
