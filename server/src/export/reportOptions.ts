import type { ExportLanguage } from '@rembuk/shared';

/** What the organizer chose besides the format: the language of headings and labels. */
export interface ReportOptions {
  language: ExportLanguage;
}
