import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, GroupDashboardRow, GroupId, GroupPresence, GroupSession, SeatedDevice } from '@rembuk/shared';
import type { DashboardConnection, DashboardSnapshot } from '../../connection/DashboardConnection.js';
import { useTicking } from '../../hooks/useSession.js';
import { GroupRow } from './GroupRow.js';
import { GroupRowDetails } from './GroupRowDetails.js';

/** How often "idle for N min" is re-read between server updates. */
const IDLE_TICK_MS = 15_000;

interface GroupTableProps {
  connection: DashboardConnection;
  eventId: EventId;
  snapshot: DashboardSnapshot;
  /** The freshest session of each group (the session feed is sent before the coalesced dashboard). */
  sessions: readonly GroupSession[];
  presence: ReadonlyMap<string, GroupPresence>;
  devices: ReadonlyMap<string, readonly SeatedDevice[]>;
  groupName: (groupId: string) => string;
}

/** Every group at a glance, one row each; a row opens for the timer and for moving people. */
export function GroupTable({ connection, eventId, snapshot, sessions, presence, devices, groupName }: GroupTableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const now = useTicking(Date.now, true, IDLE_TICK_MS);
  const targets = snapshot.rows.map((row) => ({ id: row.groupId, name: groupName(row.groupId) }));
  const freshest = (row: GroupDashboardRow): GroupDashboardRow => {
    const session = sessions.find((candidate) => candidate.groupId === row.groupId) ?? row.session;
    const online = presence.get(row.groupId)?.count ?? row.online;
    return { ...row, session, online };
  };

  return (
    <div className="table-wrap">
      <table className="dashboard-table" data-testid="dashboard-table">
        <caption className="visually-hidden">{t('dashboard.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.col.group')}</th>
            <th scope="col">{t('dashboard.col.online')}</th>
            <th scope="col">{t('dashboard.col.challenges')}</th>
            <th scope="col">{t('dashboard.col.actions')}</th>
            <th scope="col">{t('dashboard.col.votes')}</th>
            <th scope="col">{t('dashboard.col.activity')}</th>
            <th scope="col">{t('dashboard.col.phase')}</th>
            <th scope="col">{t('dashboard.col.timer')}</th>
            <th scope="col">{t('dashboard.col.controls')}</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.rows.map((row) => (
            <Fragment key={row.groupId}>
              <GroupRow
                connection={connection}
                eventId={eventId}
                row={freshest(row)}
                name={groupName(row.groupId)}
                receivedAt={snapshot.receivedAt}
                now={now}
                expanded={open === row.groupId}
                onToggle={() => setOpen((current) => (current === row.groupId ? null : row.groupId))}
              />
              {open === row.groupId && (
                <GroupRowDetails
                  connection={connection}
                  groupId={row.groupId as GroupId}
                  session={freshest(row).session}
                  devices={devices.get(row.groupId) ?? []}
                  targets={targets}
                />
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
