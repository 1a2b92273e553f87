import type { ExportFormat } from '@rembuk/shared';
import { renderDocx } from './docx/renderDocx.js';
import type { EventOutcomes } from './eventOutcomes.js';
import { renderPdf } from './pdf/renderPdf.js';
import { renderCsv } from './renderCsv.js';
import { renderJson } from './renderJson.js';
import { renderMarkdown } from './renderMarkdown.js';
import type { ReportOptions } from './reportOptions.js';
import { renderXlsx } from './xlsx/renderXlsx.js';

/** Every format but the ZIP, which bundles these. */
export type SingleFileFormat = Exclude<ExportFormat, 'zip'>;

export interface ExportRenderer {
  contentType: string;
  render(outcomes: EventOutcomes, options: ReportOptions): string | Buffer | Promise<string | Buffer>;
}

export const SINGLE_FILE_FORMATS: Record<SingleFileFormat, ExportRenderer> = {
  md: { contentType: 'text/markdown; charset=utf-8', render: renderMarkdown },
  csv: { contentType: 'text/csv; charset=utf-8', render: renderCsv },
  json: { contentType: 'application/json; charset=utf-8', render: renderJson },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderXlsx },
  pdf: { contentType: 'application/pdf', render: renderPdf },
};
