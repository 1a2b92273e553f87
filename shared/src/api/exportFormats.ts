import { CHALLENGE_CATEGORIES } from '../board/cardFields.js';

/** Challenge categories an event starts with when the organizer gives none. */
export const DEFAULT_CATEGORIES: readonly string[] = CHALLENGE_CATEGORIES;

export const EXPORT_FORMATS = ['md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
