import type { RegionReport } from './reportModel.js';
import type { ReportVocabulary } from './reportText.js';

export interface SheetColumn {
  label: string;
  /** Numbers are written as numbers (Excel sums them); text is always text, never a formula. */
  type: 'number' | 'text';
  /** Column width in characters (XLSX). */
  width: number;
}

export type SheetCell = string | number | null;

/** The card table of the spreadsheet exports (XLSX, CSV): one row per card, challenges first, then action steps. */
export function cardColumns(v: ReportVocabulary): SheetColumn[] {
  const text = (label: string, width: number): SheetColumn => ({ label, type: 'text', width });
  const number = (label: string, width: number): SheetColumn => ({ label, type: 'number', width });
  return [
    number(v.field('number'), 6),
    text(v.strings.kind, 12),
    text(v.field('text'), 60),
    text(v.field('category'), 22),
    text(v.field('scope'), 14),
    text(v.field('status'), 12),
    text(v.field('addresses'), 14),
    text(v.field('responsibleOrg'), 22),
    text(v.field('partners'), 22),
    text(v.field('timeframe'), 14),
    text(v.field('resources'), 22),
    text(v.field('indicator'), 26),
    text(v.field('firstStep'), 26),
    number(v.strings.votes, 8),
    number(v.strings.priority, 10),
    text(v.field('notForScreen'), 12),
  ];
}

export function cardRows(region: RegionReport, v: ReportVocabulary): SheetCell[][] {
  return [
    ...region.challenges.map((row) => [row.number, v.kind('challenge'), row.card.text, row.category, row.scope,
      row.status, '', '', '', '', '', '', '', row.votes, row.priority, v.yesNo(row.card.notForScreen)]),
    ...region.actions.map((row) => [row.number, v.kind('action'), row.card.text, '', '', row.status, row.addresses,
      row.card.responsibleOrg, row.card.partners, row.timeframe, row.card.resources, row.card.indicator,
      row.card.firstStep, row.votes, row.priority, v.yesNo(row.card.notForScreen)]),
  ];
}
