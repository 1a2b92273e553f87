import { TIME_ZONE_OFFSET_HOURS, type ExportFormat, type ExportLanguage } from '@rembuk/shared';
import type { EventOutcomes } from './eventOutcomes.js';

/*
 * File names of the outcomes, apart from the renderers: the main thread names downloads, and importing the
 * renderer table would load docx, pdfkit and exceljs there, which only the export worker runs.
 */

/** The word for "report" in a file name, by export language. */
const REPORT_WORD: Record<ExportLanguage, string> = { id: 'laporan', en: 'report', both: 'laporan' };
/** Long titles make unwieldy file names: the slug is cut at a word boundary near this length. */
const SLUG_MAX_CHARS = 60;

/**
 * `<title-slug>_<laporan|report>_<id|en|both>_<YYYY-MM-DD>.<format>`, the date the event's own (the day in its
 * time zone when the export was made): the same name in a download and inside the ZIP, and the id, en and both
 * downloads of one day differ. Letters of any script are kept (the download also gets an ASCII name).
 */
export function exportFileName(outcomes: EventOutcomes, format: ExportFormat, language: ExportLanguage): string {
  const { event, generatedAt } = outcomes;
  const day = new Date(generatedAt.getTime() + TIME_ZONE_OFFSET_HOURS[event.timeZone] * 3_600_000).toISOString().slice(0, 10);
  return `${slug(event.title, /[^\p{L}\p{N}]+/gu)}_${REPORT_WORD[language]}_${language}_${day}.${format}`;
}

/** The name for clients that cannot read RFC 5987's `filename*`: only ASCII letters, digits and `_-.`. */
export function asciiFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const parts = name.slice(0, dot).split('_').map((part) => slug(part, /[^a-z0-9]+/g, ''));
  return `${parts.map((part, index) => part || (index === 0 ? 'rembuk' : 'x')).join('_')}${name.slice(dot)}`;
}

/** Lower case, accents dropped ("Pertemuan Ñusa" → "pertemuan-nusa"), runs of other characters as one dash. */
function slug(text: string, other: RegExp, fallback = 'rembuk'): string {
  const words = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(other, '-').replace(/^-+|-+$/g, '');
  const cut = words.length <= SLUG_MAX_CHARS ? words : words.slice(0, SLUG_MAX_CHARS).replace(/-[^-]*$/, '');
  return cut || fallback;
}
