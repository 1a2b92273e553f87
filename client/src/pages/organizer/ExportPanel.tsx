import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type EventId, type Language } from '@rembuk/shared';
import { exportPath } from '../../api/restClient.js';
import { isRunning, useExportDownload } from '../../hooks/useExportDownload.js';
import { ExportOptionsFields, DEFAULT_EXPORT_CHOICE, exportOptionsOf, type ExportChoice } from './ExportOptionsFields.js';
import { ExportProgress } from './ExportProgress.js';
import { ExportWarning } from './ExportWarning.js';

/**
 * Downloads of the whole event, one at a time. Before any download the JSON export is read and scanned for
 * identifying text (NIK, phone numbers, emails), which a report must not carry; then the file is rendered on the
 * server and downloaded with visible progress (a ZIP of a large event takes seconds on hotel wifi).
 */
export function ExportPanel({ eventId, organizerKey, eventLanguage }: { eventId: EventId; organizerKey: string; eventLanguage: Language }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ExportChoice>(DEFAULT_EXPORT_CHOICE);
  const exporting = useExportDownload(eventId, organizerKey);
  const { status } = exporting;
  const busy = isRunning(status) || status.kind === 'warning';
  const options = exportOptionsOf(choice);

  return (
    <section className="panel" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">{t('organizer.exportTitle')}</h2>
      <p>{t('organizer.exportText')}</p>
      <ExportOptionsFields choice={choice} eventLanguage={eventLanguage} disabled={busy} onChange={setChoice} />
      <div className="button-row">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--primary"
            disabled={busy}
            data-testid={`export-${format}`}
            onClick={() => exporting.start(format, options)}
          >
            {t(`organizer.format.${format}`)}
          </button>
        ))}
      </div>
      {(isRunning(status) || status.kind === 'saved') && <ExportProgress status={status} onCancel={exporting.cancel} />}
      {status.kind === 'cancelled' && (
        <p className="muted" role="status" data-testid="export-cancelled">
          {t('exportProgress.cancelled')}
        </p>
      )}
      {status.kind === 'failed' && <p className="error" role="alert">{status.message}</p>}
      {status.kind === 'warning' && (
        <ExportWarning findings={status.findings} onDownload={exporting.downloadAnyway} onCancel={exporting.dismiss} />
      )}
      <h3>{t('organizer.stableUrlTitle')}</h3>
      <p className="muted">{t('organizer.stableUrlText')}</p>
      <ul className="url-list" data-testid="export-urls">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <code>GET {location.origin}{exportPath(eventId, format, options)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
