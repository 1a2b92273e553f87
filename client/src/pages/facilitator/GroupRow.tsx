import { useTranslation } from 'react-i18next';
import { PHASES, type EventId, type GroupDashboardRow, type GroupId, type Phase } from '@rembuk/shared';
import { Countdown } from '../../components/Countdown.js';
import { Link } from '../../components/Link.js';
import type { DashboardConnection } from '../../connection/DashboardConnection.js';
import { useCommand } from '../../hooks/useCommand.js';
import { paths } from '../../routing/routes.js';
import { idleMinutes } from './idleText.js';

interface GroupRowProps {
  connection: DashboardConnection;
  eventId: EventId;
  row: GroupDashboardRow;
  name: string;
  receivedAt: number;
  now: number;
  expanded: boolean;
  onToggle: () => void;
}

/** One group: who is there, how far the board got, and the switches a facilitator reaches for most. */
export function GroupRow({ connection, eventId, row, name, receivedAt, now, expanded, onToggle }: GroupRowProps) {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  const { session } = row;
  const scope = { kind: 'group', groupId: row.groupId } as const;
  const idle = idleMinutes(row.idleMs, receivedAt, now);

  return (
    <tr className={`dashboard-row${idle !== null ? ' dashboard-row--idle' : ''}`} data-testid="dashboard-row" data-group-id={row.groupId}>
      <th scope="row" className="cell-name">
        <Link href={paths.board(eventId, row.groupId as GroupId)} title={t('organizer.openBoard')} data-testid="row-open-board">
          {name}
        </Link>
        {error && (
          <span className="error row-error" role="alert" data-testid="row-error">
            {error}
          </span>
        )}
      </th>
      <td data-label={t('dashboard.col.online')} data-testid="row-online">{row.online}</td>
      <td data-label={t('dashboard.col.challenges')} data-testid="row-challenges">{row.challenges}</td>
      <td data-label={t('dashboard.col.actions')} data-testid="row-actions">{row.actions}</td>
      <td data-label={t('dashboard.col.votes')} data-testid="row-votes">{row.votesCast}</td>
      <td data-label={t('dashboard.col.activity')} data-testid="row-idle" className={idle !== null ? 'idle' : ''}>
        {row.idleMs === null ? '—' : idle !== null ? t('dashboard.idle', { minutes: idle }) : t('dashboard.active')}
      </td>
      <td data-label={t('dashboard.col.phase')}>
        <select
          aria-label={t('dashboard.phaseFor', { group: name })}
          value={session.phase}
          disabled={busy}
          data-testid="row-phase"
          className={`phase-select phase-select--${session.phase}`}
          onChange={(event) => {
            const phase = PHASES.find((candidate) => candidate === event.target.value);
            if (phase) void run(() => connection.command({ type: 'setPhase', scope, phase: phase satisfies Phase }));
          }}
        >
          {PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {t(`session.phase.${phase}`)}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t('dashboard.col.timer')} data-testid="row-timer">
        <Countdown timer={session.timer} serverNow={connection.session.serverNow} testId="row-countdown" compact />
      </td>
      <td>
        <div className="cell-controls">
          <button
            type="button"
            className={`button button--tiny${session.locked ? ' button--on' : ''}`}
            aria-pressed={session.locked}
            disabled={busy}
            data-testid="row-lock"
            onClick={() => void run(() => connection.command({ type: 'setLocked', scope, locked: !session.locked }))}
          >
            {session.locked ? t('dashboard.unlock') : t('dashboard.lock')}
          </button>
          <button
            type="button"
            className={`button button--tiny${session.votesRevealed ? ' button--on' : ''}`}
            aria-pressed={session.votesRevealed}
            disabled={busy}
            data-testid="row-reveal"
            onClick={() => void run(() => connection.command({ type: 'revealVotes', scope, revealed: !session.votesRevealed }))}
          >
            {session.votesRevealed ? t('dashboard.hideVotes') : t('dashboard.revealVotes')}
          </button>
          <button
            type="button"
            className="button button--tiny button--quiet"
            aria-expanded={expanded}
            data-testid="row-more"
            onClick={onToggle}
          >
            {t('dashboard.more')}
          </button>
        </div>
      </td>
    </tr>
  );
}
