import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, ExportFormat } from '@rembuk/shared';
import { downloadExport, fetchJsonExport, type ExportOptions } from '../api/restClient.js';
import { errorText } from '../components/LoadFailure.js';
import { scanExport, type ExportFinding } from '../privacy/exportScan.js';

/** How long a saved file's object URL is kept before its memory is released. */
const BLOB_URL_LIFETIME_MS = 30_000;

/** One download, stage by stage. Only `scanning`, `generating` and `downloading` hold a request that can be cancelled. */
export type ExportStatus =
  | { kind: 'idle' }
  /** The JSON export is read and scanned for identifying text before anything is saved. */
  | { kind: 'scanning'; format: ExportFormat }
  /** The export holds text that looks identifying: the organizer decides before anything is saved. */
  | { kind: 'warning'; format: ExportFormat; options: ExportOptions; findings: ExportFinding[] }
  /** The request is sent; the server renders the whole file before it answers. */
  | { kind: 'generating'; format: ExportFormat; startedAt: number }
  | { kind: 'downloading'; format: ExportFormat; receivedBytes: number; totalBytes: number | null }
  | { kind: 'saved'; format: ExportFormat; filename: string }
  | { kind: 'cancelled'; format: ExportFormat }
  | { kind: 'failed'; format: ExportFormat; message: string };

export type RunningExport = Extract<ExportStatus, { kind: 'scanning' | 'generating' | 'downloading' }>;

export function isRunning(status: ExportStatus): status is RunningExport {
  return status.kind === 'scanning' || status.kind === 'generating' || status.kind === 'downloading';
}

export interface ExportDownload {
  status: ExportStatus;
  /** Scan, then download and save, unless the scan finds identifying text (status `warning`). */
  start(format: ExportFormat, options: ExportOptions): void;
  /** After a warning: download as it is. */
  downloadAnyway(): void;
  /** Abort the running request; nothing is saved. */
  cancel(): void;
  /** Leave a warning without downloading. */
  dismiss(): void;
}

/**
 * The download of one export at a time. A plain link cannot carry the bearer key (and a key in a query string would
 * land in server logs), so the file is fetched with the header, read with progress and saved from a Blob.
 */
export function useExportDownload(eventId: EventId, organizerKey: string): ExportDownload {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  // Leaving the page ends the request too: nothing would be left to save the file.
  useEffect(() => () => running.current?.abort(), []);

  const run = async (format: ExportFormat, options: ExportOptions, scanFirst: boolean) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    // A run that was replaced must not overwrite its successor's status when its own request settles.
    const update = (next: ExportStatus) => {
      if (running.current === controller) setStatus(next);
    };
    try {
      if (scanFirst) {
        update({ kind: 'scanning', format });
        const findings = scanExport(await fetchJsonExport(eventId, organizerKey, options, signal));
        if (findings.length > 0) {
          update({ kind: 'warning', format, options, findings });
          return;
        }
      }
      update({ kind: 'generating', format, startedAt: Date.now() });
      const file = await downloadExport(eventId, organizerKey, format, options, {
        signal,
        onProgress: (progress) => update({ kind: 'downloading', format, ...progress }),
      });
      saveBlob(file.blob, file.filename);
      update({ kind: 'saved', format, filename: file.filename });
    } catch (error) {
      update(signal.aborted ? { kind: 'cancelled', format } : { kind: 'failed', format, message: errorText(error, t) });
    } finally {
      if (running.current === controller) running.current = null;
    }
  };

  return {
    status,
    start: (format, options) => void run(format, options, true),
    downloadAnyway: () => {
      if (status.kind === 'warning') void run(status.format, status.options, false);
    },
    cancel: () => running.current?.abort(),
    dismiss: () => setStatus({ kind: 'idle' }),
  };
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
