import { useTranslation } from 'react-i18next';
import { cardLabel } from '../../board/cardLabel.js';
import type { ExportFinding } from '../../privacy/exportScan.js';

interface ExportWarningProps {
  findings: readonly ExportFinding[];
  onDownload: () => void;
  onCancel: () => void;
}

/** Which cards look identifying, and the organizer's choice: fix them on the boards first, or download anyway. */
export function ExportWarning({ findings, onDownload, onCancel }: ExportWarningProps) {
  const { t } = useTranslation();
  return (
    <div className="panel panel--warning" role="alert" data-testid="export-warning">
      <h3>{t('exportWarning.title', { count: findings.length })}</h3>
      <p>{t('exportWarning.text')}</p>
      <ul className="finding-list" data-testid="export-findings">
        {findings.map((finding, index) => (
          <li key={index}>
            <strong>
              {finding.groupName} ·{' '}
              {cardLabel(finding.kind, finding.number)}
            </strong>{' '}
            ({finding.kinds.map((kind) => t(`privacy.kind.${kind}`)).join(', ')}): {finding.excerpt}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--primary" data-testid="export-cancel" onClick={onCancel}>
          {t('exportWarning.cancel')}
        </button>
        <button type="button" className="button button--danger-quiet" data-testid="export-anyway" onClick={onDownload}>
          {t('exportWarning.downloadAnyway')}
        </button>
      </div>
    </div>
  );
}
