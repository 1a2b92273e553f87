import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatByteSize } from '../../format/byteSize.js';
import { useElapsedSeconds } from '../../hooks/useElapsedSeconds.js';
import { isRunning, type ExportStatus } from '../../hooks/useExportDownload.js';
import { useLanguage } from '../../i18n/useLanguage.js';

/** The stages an organizer sees, in order. */
const STEPS = ['scanning', 'generating', 'downloading', 'saved'] as const;
type Step = (typeof STEPS)[number];

/** Below this, rendering is quick enough that a counting clock would only flicker. */
const SHOW_ELAPSED_FROM_SECONDS = 1;

type ShownStatus = Extract<ExportStatus, { kind: Step }>;

interface ExportProgressProps {
  status: ShownStatus;
  onCancel: () => void;
}

/**
 * Where a download is: the four stages, a progress bar (indeterminate while the server renders, since it sends
 * nothing until the file is complete; a percentage once bytes arrive and their total is known) and Cancel.
 * Only the stage name is a live region: a percentage announced on every chunk would drown a screen reader.
 */
export function ExportProgress({ status, onCancel }: ExportProgressProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stageId = useId();
  const elapsed = useElapsedSeconds(status.kind === 'generating' ? status.startedAt : null);
  const current = STEPS.indexOf(status.kind);
  const format = t(`organizer.format.${status.format}`);

  const percent = progressPercent(status);
  let detail = '';
  if (status.kind === 'generating' && elapsed >= SHOW_ELAPSED_FROM_SECONDS) detail = t('exportProgress.elapsed', { seconds: elapsed });
  if (status.kind === 'downloading') {
    const received = formatByteSize(status.receivedBytes, language);
    detail =
      status.totalBytes === null
        ? received
        : `${percent}% · ${t('exportProgress.bytes', { received, total: formatByteSize(status.totalBytes, language) })}`;
  }

  return (
    <div className="export-progress" data-testid="export-progress" data-stage={status.kind}>
      <ol className="export-steps" aria-label={t('exportProgress.steps')}>
        {STEPS.map((step, index) => (
          <li
            key={step}
            className={index < current || status.kind === 'saved' ? 'is-done' : index === current ? 'is-current' : undefined}
            aria-current={index === current ? 'step' : undefined}
          >
            {t(`exportProgress.step.${step}`)}
          </li>
        ))}
      </ol>
      <progress
        className="export-progress-bar"
        aria-label={t('exportProgress.label', { format })}
        aria-describedby={stageId}
        max={100}
        value={percent ?? undefined}
        data-testid="export-progress-bar"
      />
      <div className="export-progress-status">
        <p id={stageId} role="status" data-testid="export-stage">
          {status.kind === 'saved' ? (
            <>
              {t('exportProgress.saved')} <span className="export-filename">{status.filename}</span>
            </>
          ) : (
            t(`exportProgress.${status.kind}`, { format })
          )}
        </p>
        {detail && (
          <p className="export-progress-detail" data-testid="export-progress-detail">
            {detail}
          </p>
        )}
        {isRunning(status) && (
          <button type="button" className="button button--quiet button--small" data-testid="export-abort" onClick={onCancel}>
            {t('exportProgress.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Whole percent for the bar, or null for an indeterminate one. */
function progressPercent(status: ShownStatus): number | null {
  switch (status.kind) {
    case 'scanning':
    case 'generating':
      return null;
    case 'downloading':
      return status.totalBytes === null ? null : Math.floor((status.receivedBytes / status.totalBytes) * 100);
    case 'saved':
      return 100;
  }
}
