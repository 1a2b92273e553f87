import ExcelJS from 'exceljs';
import type { EventOutcomes } from '../eventOutcomes.js';
import { buildReportModel } from '../reportModel.js';
import type { ReportOptions } from '../reportOptions.js';
import { cardColumns, cardRows, type SheetCell, type SheetColumn } from '../spreadsheetRows.js';
import { xmlSafe } from '../xmlSafe.js';

/** Excel's limit on sheet names, and the characters it refuses in them. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const HEADER_FILL = 'FFD9E2F3';
/** Excel's paper size code for A4. */
const A4_PAPER = 9;

/**
 * The spreadsheet export: a combined sheet ("Semua") first, then one sheet per region, each a table with one row
 * per card under a frozen header row. Numbers are numbers; text is stored as text in text-formatted cells (`@`),
 * so a card starting with = + - @ is shown as typed and never becomes a formula.
 */
export async function renderXlsx(outcomes: EventOutcomes, options: ReportOptions): Promise<Buffer> {
  const { vocabulary: v, regions } = buildReportModel(outcomes, options.language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rembuk';
  workbook.lastModifiedBy = 'Rembuk';
  workbook.title = xmlSafe(outcomes.event.title);
  workbook.created = outcomes.generatedAt;
  workbook.modified = outcomes.generatedAt;
  const columns = cardColumns(v);
  const names = new SheetNames();
  addSheet(
    workbook,
    names.take(v.language === 'en' ? 'All' : 'Semua'),
    [{ label: v.field('group'), type: 'text', width: 18 }, ...columns],
    regions.flatMap((region) => cardRows(region, v).map((cells) => [region.name, ...cells])),
  );
  for (const region of regions) addSheet(workbook, names.take(region.name), columns, cardRows(region, v));
  if (outcomes.themes) addThemesSheet(workbook, names.take(v.strings.themes), outcomes, v);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One row per card of each theme (so it filters by theme, region or kind), the theme's figures on every row. */
function addThemesSheet(workbook: ExcelJS.Workbook, name: string, outcomes: EventOutcomes, v: ReturnType<typeof buildReportModel>['vocabulary']): void {
  const themes = outcomes.themes!;
  const s = v.strings;
  const regionName = new Map<string, string>(outcomes.groups.map(({ group }) => [group.id, group.name]));
  const stateLabel = { approved: s.themeApproved, proposed: s.themeProposed, dismissed: s.themeDismissed } as const;
  const columns: SheetColumn[] = [
    { label: v.field('number'), type: 'number', width: 6 },
    { label: s.theme, type: 'text', width: 40 },
    { label: s.kind, type: 'text', width: 12 },
    ...(themes.scope === 'all' ? [{ label: s.state, type: 'text', width: 16 } as const] : []),
    { label: s.regions, type: 'text', width: 30 },
    { label: s.votes, type: 'number', width: 8 },
    { label: v.field('group'), type: 'text', width: 18 },
    { label: v.field('text'), type: 'text', width: 60 },
  ];
  const rows = themes.list.flatMap((theme, index) =>
    theme.cards.map((card) => [
      index + 1,
      theme.label,
      v.kind(theme.kind),
      ...(themes.scope === 'all' ? [stateLabel[theme.state]] : []),
      theme.regions.map((groupId) => regionName.get(groupId) ?? '').join(', '),
      theme.votes,
      regionName.get(card.groupId) ?? '',
      card.text,
    ]),
  );
  addSheet(workbook, name, columns, rows);
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: SheetColumn[], rows: SheetCell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((column) => ({
    header: column.label,
    width: column.width,
    style:
      column.type === 'text'
        ? { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } }
        : { numFmt: '0', alignment: { vertical: 'top' } },
  }));
  // An empty text is an empty cell, not a cell holding "".
  sheet.addRows(rows.map((cells) => cells.map((cell) => (cell === '' ? null : typeof cell === 'string' ? xmlSafe(cell) : cell))));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // Printed, every sheet is a wide RTL-like matrix (16 columns of challenges and action steps): A4 landscape, as
  // wide as the paper and as many pages long as it takes, with the header row on every page.
  sheet.pageSetup = {
    paperSize: A4_PAPER,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&L&A&R&P / &N' };
}

/** Sheet names Excel accepts: no [ ] : * ? / \, at most 31 characters, unique regardless of case. */
class SheetNames {
  private readonly taken = new Set<string>();

  take(wanted: string): string {
    const base = wanted.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
    for (let attempt = 1; ; attempt += 1) {
      const suffix = attempt === 1 ? '' : ` (${attempt})`;
      const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}
