import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, TIMER_ZERO_ACTIONS, type CommandScope, type TimerState, type TimerZeroAction } from '@rembuk/shared';
import type { DashboardConnection } from '../../connection/DashboardConnection.js';
import { useCommand } from '../../hooks/useCommand.js';

const DEFAULT_MINUTES = 10;
const ONE_MINUTE_MS = 60_000;
/** The countdowns the server accepts, in the minutes the field takes. */
const MIN_MINUTES = LIMITS.minTimerMs / ONE_MINUTE_MS;
const MAX_MINUTES = LIMITS.maxTimerMs / ONE_MINUTE_MS;

interface TimerControlsProps {
  connection: DashboardConnection;
  scope: CommandScope;
  /**
   * The countdowns the buttons act on: one group's, or every group's at once. For one group only the buttons that
   * apply show; for all groups every button shows (their countdowns may differ), disabled while it applies to none.
   */
  timers: readonly TimerState[];
}

/** Start a countdown (minutes, and what happens at zero), pause or resume it, add a minute, or clear it. */
export function TimerControls({ connection, scope, timers }: TimerControlsProps) {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  const [minutes, setMinutes] = useState(String(DEFAULT_MINUTES));
  const [onZero, setOnZero] = useState<TimerZeroAction>('notify');
  const minutesId = useId();
  const onZeroId = useId();
  const parsed = Number(minutes.replace(',', '.'));
  const valid = Number.isFinite(parsed) && parsed >= MIN_MINUTES && parsed <= MAX_MINUTES;
  const applies = (...kinds: TimerState['kind'][]) => timers.some((timer) => kinds.includes(timer.kind));
  const show = (...kinds: TimerState['kind'][]) => scope.kind === 'event' || applies(...kinds);

  return (
    <div className="timer-controls" data-testid="timer-controls">
      <div className="timer-start">
        <div className="field field--inline">
          <label htmlFor={minutesId}>{t('dashboard.timer.minutes')}</label>
          <input
            id={minutesId}
            type="text"
            inputMode="decimal"
            className="minutes-input"
            value={minutes}
            aria-invalid={!valid}
            data-testid="timer-minutes"
            onChange={(event) => setMinutes(event.target.value)}
          />
        </div>
        <div className="field field--inline">
          <label htmlFor={onZeroId}>{t('dashboard.timer.onZero')}</label>
          <select
            id={onZeroId}
            value={onZero}
            data-testid="timer-on-zero"
            onChange={(event) => setOnZero(TIMER_ZERO_ACTIONS.find((action) => action === event.target.value) ?? 'notify')}
          >
            {TIMER_ZERO_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`dashboard.timer.zero.${action}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy || !valid}
          data-testid="timer-start"
          onClick={() =>
            void run(() => connection.command({ type: 'startTimer', scope, durationMs: Math.round(parsed * ONE_MINUTE_MS), onZero }))
          }
        >
          {t('dashboard.timer.start')}
        </button>
      </div>
      <div className="button-row">
        {show('running') && (
          <button type="button" className="button button--small" disabled={busy || !applies('running')} data-testid="timer-pause" onClick={() => void run(() => connection.command({ type: 'pauseTimer', scope }))}>
            {t('dashboard.timer.pause')}
          </button>
        )}
        {show('paused') && (
          <button type="button" className="button button--small" disabled={busy || !applies('paused')} data-testid="timer-resume" onClick={() => void run(() => connection.command({ type: 'resumeTimer', scope }))}>
            {t('dashboard.timer.resume')}
          </button>
        )}
        {show('running', 'paused', 'expired') && (
          <button type="button" className="button button--small" disabled={busy || !applies('running', 'paused', 'expired')} data-testid="timer-add" onClick={() => void run(() => connection.command({ type: 'addTime', scope, ms: ONE_MINUTE_MS }))}>
            {t('dashboard.timer.addMinute')}
          </button>
        )}
        {show('running', 'paused', 'expired') && (
          <button type="button" className="button button--small button--quiet" disabled={busy || !applies('running', 'paused', 'expired')} data-testid="timer-clear" onClick={() => void run(() => connection.command({ type: 'clearTimer', scope }))}>
            {t('dashboard.timer.clear')}
          </button>
        )}
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
