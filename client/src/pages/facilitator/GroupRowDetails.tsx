import { useTranslation } from 'react-i18next';
import type { GroupId, GroupSession, SeatedDevice } from '@rembuk/shared';
import type { DashboardConnection } from '../../connection/DashboardConnection.js';
import { MoveParticipants } from './MoveParticipants.js';
import { TimerControls } from './TimerControls.js';

/** Number of table columns, so the details row spans them all. */
const TABLE_COLUMNS = 9;

interface GroupRowDetailsProps {
  connection: DashboardConnection;
  groupId: GroupId;
  session: GroupSession;
  devices: readonly SeatedDevice[];
  targets: readonly { id: string; name: string }[];
}

/** The opened row: this group's countdown, and the devices on its board with where to move each. */
export function GroupRowDetails({ connection, groupId, session, devices, targets }: GroupRowDetailsProps) {
  const { t } = useTranslation();
  return (
    <tr className="dashboard-details" data-testid="row-details">
      <td colSpan={TABLE_COLUMNS}>
        <div className="details-grid">
          <section>
            <h3>{t('dashboard.timerTitle')}</h3>
            <TimerControls connection={connection} scope={{ kind: 'group', groupId }} timers={[session.timer]} />
          </section>
          <section>
            <h3>{t('dashboard.devicesTitle')}</h3>
            <MoveParticipants connection={connection} groupId={groupId} devices={devices} targets={targets} />
          </section>
        </div>
      </td>
    </tr>
  );
}
