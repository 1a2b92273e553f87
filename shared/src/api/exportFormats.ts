import { CHALLENGE_CATEGORIES } from '../board/cardFields.js';

/** Challenge categories an event starts with when the organizer gives none. */
export const DEFAULT_CATEGORIES: readonly string[] = CHALLENGE_CATEGORIES;

/** Files an organizer can download: the report (docx, pdf, md), spreadsheets (xlsx, csv), data (json), all (zip). */
export const EXPORT_FORMATS = ['md', 'csv', 'json', 'docx', 'xlsx', 'pdf', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Language of an export's headings and labels: `both` writes "Tantangan / Challenge". */
export const EXPORT_LANGUAGES = ['id', 'en', 'both'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];
