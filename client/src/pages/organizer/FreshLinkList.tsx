import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField.js';
import type { FreshLink } from '../../storage/freshLinks.js';

interface FreshLinkListProps {
  links: readonly FreshLink[];
  onDismiss: (keyId: string) => void;
}

/** Every link made in this browser, newest first, each until the organizer says it was handed on. */
export function FreshLinkList({ links, onDismiss }: FreshLinkListProps) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <div className="fresh-links" data-testid="fresh-links">
      <p className="muted">{t('access.freshLinkHint')}</p>
      <ul className="fresh-link-list">
        {links.map((link) => (
          <li key={link.keyId} className="fresh-link" data-testid="fresh-link" data-key-id={link.keyId}>
            <CopyField
              label={t('access.freshLink', { role: t(`access.role.${link.role}`), label: link.label || t(`access.role.${link.role}`) })}
              value={link.url}
              testId="fresh-link-url"
            />
            <button type="button" className="button button--small button--quiet" data-testid="fresh-link-dismiss" onClick={() => onDismiss(link.keyId)}>
              {t('access.freshLinkDismiss')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
