import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type EventId, type ExportFormat } from '@rembuk/shared';
import { downloadExport, exportPath, fetchJsonExport } from '../../api/restClient.js';
import { errorText } from '../../components/LoadFailure.js';
import { scanExport, type ExportFinding } from '../../privacy/exportScan.js';
import { ExportWarning } from './ExportWarning.js';

/** How long a saved file's object URL is kept before its memory is released. */
const BLOB_URL_LIFETIME_MS = 30_000;

type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working'; format: ExportFormat }
  /** The export holds text that looks identifying: the organizer decides before anything is saved. */
  | { kind: 'warning'; format: ExportFormat; findings: ExportFinding[] }
  | { kind: 'failed'; message: string };

/**
 * Downloads of the whole event. A plain link cannot carry the bearer key (and a key in a query string would land
 * in server logs), so the file is fetched with the header and saved from a Blob. Before any download the JSON
 * export is read and scanned for identifying text (NIK, phone numbers, emails), which a report must not carry.
 */
export function ExportPanel({ eventId, organizerKey }: { eventId: EventId; organizerKey: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });

  const check = async (format: ExportFormat) => {
    setStatus({ kind: 'working', format });
    try {
      const findings = scanExport(await fetchJsonExport(eventId, organizerKey));
      if (findings.length > 0) setStatus({ kind: 'warning', format, findings });
      else await download(format);
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error, t) });
    }
  };

  const download = async (format: ExportFormat) => {
    setStatus({ kind: 'working', format });
    try {
      const file = await downloadExport(eventId, organizerKey, format);
      saveBlob(file.blob, file.filename);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error, t) });
    }
  };

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('organizer.exportTitle')}</h2>
      <p>{t('organizer.exportText')}</p>
      <div className="button-row">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--primary"
            disabled={status.kind === 'working' || status.kind === 'warning'}
            data-testid={`export-${format}`}
            onClick={() => void check(format)}
          >
            {t(`organizer.format.${format}`)}
          </button>
        ))}
      </div>
      {status.kind === 'working' && <p role="status">{t('organizer.exporting')}</p>}
      {status.kind === 'failed' && <p className="error" role="alert">{status.message}</p>}
      {status.kind === 'warning' && (
        <ExportWarning
          findings={status.findings}
          onDownload={() => void download(status.format)}
          onCancel={() => setStatus({ kind: 'idle' })}
        />
      )}
      <h3>{t('organizer.stableUrlTitle')}</h3>
      <p className="muted">{t('organizer.stableUrlText')}</p>
      <ul className="url-list" data-testid="export-urls">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <code>GET {location.origin}{exportPath(eventId, format)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once cancels the download in some browsers; later, the memory is freed all the same.
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
