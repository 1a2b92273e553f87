import { useTranslation } from 'react-i18next';
import type { AccessKeyInfo, OrganizerEvent } from '@rembuk/shared';
import { formatEventDateTime } from '../../format/eventTime.js';
import { useLanguage } from '../../i18n/useLanguage.js';

interface AccessKeyListProps {
  keys: readonly AccessKeyInfo[];
  event: OrganizerEvent;
  onRevoke: (key: AccessKeyInfo) => void;
}

/** Every link handed out: role, label, groups, when created and revoked; a live one can be revoked at once. */
export function AccessKeyList({ keys, event, onRevoke }: AccessKeyListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (keys.length === 0) return <p className="muted">{t('access.none')}</p>;
  const when = (iso: string) => formatEventDateTime(new Date(iso), event.timeZone, language);
  const groupNames = (ids: readonly string[]) => ids.map((id) => event.groups.find((group) => group.id === id)?.name ?? id).join(', ');
  return (
    <ul className="key-list" data-testid="key-list">
      {keys.map((key) => (
        <li key={key.id} className={`key-item${key.revokedAt ? ' key-item--revoked' : ''}`} data-testid="key-item" data-key-id={key.id}>
          <div>
            <strong>{t(`access.role.${key.role}`)}</strong>
            {key.label && <span> · {key.label}</span>}
            <p className="muted">
              {key.role === 'projector' ? t('access.allGroupsRead') : key.groupIds ? groupNames(key.groupIds) : t('access.allGroupsLead')}
              {' · '}
              {t('access.created', { when: when(key.createdAt) })}
              {key.revokedAt && (
                <span data-testid="key-revoked">
                  {' · '}
                  {t('access.revokedAt', { when: when(key.revokedAt) })}
                </span>
              )}
            </p>
          </div>
          {!key.revokedAt && (
            <button type="button" className="button button--small button--danger-quiet" data-testid="key-revoke" onClick={() => onRevoke(key)}>
              {t('access.revoke')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
