import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId, SeatedDevice } from '@rembuk/shared';
import type { DashboardConnection } from '../../connection/DashboardConnection.js';
import { useCommand } from '../../hooks/useCommand.js';

interface MoveParticipantsProps {
  connection: DashboardConnection;
  groupId: GroupId;
  devices: readonly SeatedDevice[];
  targets: readonly { id: string; name: string }[];
}

/** Characters of a device id shown to tell devices apart; the id is random and says nothing about a person. */
const DEVICE_TAG_CHARS = 4;

/** The devices on this group's board (pseudonym or a short random tag), each with a group to move it to. */
export function MoveParticipants({ connection, groupId, devices, targets }: MoveParticipantsProps) {
  const { t } = useTranslation();
  if (devices.length === 0) return <p className="muted">{t('dashboard.noDevices')}</p>;
  return (
    <ul className="device-list" data-testid="device-list">
      {devices.map((device) => (
        <DeviceRow key={device.deviceId} connection={connection} groupId={groupId} device={device} targets={targets} />
      ))}
    </ul>
  );
}

function DeviceRow({ connection, groupId, device, targets }: Omit<MoveParticipantsProps, 'devices'> & { device: SeatedDevice }) {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  const [target, setTarget] = useState('');
  const name = device.pseudonym ?? t('dashboard.device', { tag: device.deviceId.slice(0, DEVICE_TAG_CHARS) });
  return (
    <li className="device" data-testid="device" data-device-id={device.deviceId}>
      <span className="device-name">{name}</span>
      <select
        aria-label={t('dashboard.moveTo', { name })}
        value={target}
        data-testid="device-target"
        onChange={(event) => setTarget(event.target.value)}
      >
        <option value="">{t('dashboard.moveChoose')}</option>
        {targets
          .filter((candidate) => candidate.id !== groupId)
          .map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
      </select>
      <button
        type="button"
        className="button button--small"
        disabled={busy || target === ''}
        data-testid="device-move"
        onClick={() => void run(() => connection.command({ type: 'moveParticipant', deviceId: device.deviceId, toGroupId: target }))}
      >
        {t('dashboard.move')}
      </button>
      {error && <span className="error" role="alert">{error}</span>}
    </li>
  );
}
