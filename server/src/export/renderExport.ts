import type { ExportFormat } from '@rembuk/shared';
import type { EventOutcomes } from './eventOutcomes.js';
import { SINGLE_FILE_FORMATS } from './exportFiles.js';
import type { ReportOptions } from './reportOptions.js';
import { renderZip } from './renderZip.js';

export interface RenderedExport {
  contentType: string;
  body: string | Buffer;
}

/** Render one export format: the only entry point the HTTP layer needs. */
export async function renderExport(format: ExportFormat, outcomes: EventOutcomes, options: ReportOptions): Promise<RenderedExport> {
  if (format === 'zip') return { contentType: 'application/zip', body: await renderZip(outcomes, options) };
  const renderer = SINGLE_FILE_FORMATS[format];
  return { contentType: renderer.contentType, body: await renderer.render(outcomes, options) };
}
