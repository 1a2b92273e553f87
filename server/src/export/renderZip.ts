import { zipSync, type Zippable } from 'fflate';
import type { EventOutcomes } from './eventOutcomes.js';
import { exportFileName } from './exportFileName.js';
import { SINGLE_FILE_FORMATS, type SingleFileFormat } from './exportFiles.js';
import type { ReportOptions } from './reportOptions.js';

/** Formats that are already compressed containers gain nothing from deflating again. */
const STORED: ReadonlySet<SingleFileFormat> = new Set(['docx', 'xlsx', 'pdf']);

/** Every format in one ZIP, all rendered from the same outcomes (one moment, one language). */
export async function renderZip(outcomes: EventOutcomes, options: ReportOptions): Promise<Buffer> {
  const files: Zippable = {};
  const mtime = outcomes.generatedAt;
  for (const [format, renderer] of Object.entries(SINGLE_FILE_FORMATS) as [SingleFileFormat, (typeof SINGLE_FILE_FORMATS)[SingleFileFormat]][]) {
    const body = await renderer.render(outcomes, options);
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    files[exportFileName(outcomes, format, options.language)] = [bytes, { level: STORED.has(format) ? 0 : 6, mtime }];
  }
  return Buffer.from(zipSync(files));
}
