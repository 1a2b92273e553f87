import type { EventOutcomes } from './eventOutcomes.js';
import { neutralizeFormula } from './neutralizeFormula.js';
import { buildReportModel } from './reportModel.js';
import type { ReportOptions } from './reportOptions.js';
import { cardColumns, cardRows, type SheetCell } from './spreadsheetRows.js';

/** Byte order mark: without it Excel reads UTF-8 as a legacy code page and garbles Indonesian text. */
const BOM = '\uFEFF';

/**
 * One row per card, both columns of every group, in one sheet (the XLSX export has the same columns, a sheet per
 * region). A cell a spreadsheet could read as a formula is prefixed with an apostrophe (`neutralizeFormula`), so
 * it is shown as text instead of run.
 */
export function renderCsv(outcomes: EventOutcomes, options: ReportOptions): string {
  const { vocabulary: v, regions } = buildReportModel(outcomes, options.language);
  const rows: SheetCell[][] = [[v.field('group'), ...cardColumns(v).map((column) => column.label)]];
  for (const region of regions) rows.push(...cardRows(region, v).map((cells) => [region.name, ...cells]));
  return BOM + rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = neutralizeFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
