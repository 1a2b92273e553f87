import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Language } from '@rembuk/shared';
import { cellText, type ReportTable } from '../reportDocument.js';
import { xmlSafe } from '../xmlSafe.js';

/** Paragraph style of table cells. */
export const TABLE_STYLE = 'TableText';
const HEADER_FILL = 'D9E2F3';

/**
 * A Word table as wide as the text of the page it is on, in percentages of it (table and columns), so that it
 * follows the margins of whatever laporan it is pasted into. The grid in twips is only Word's starting point,
 * computed for this document's page. The first row repeats on every page (`w:tblHeader`); rows do not split.
 */
export function wordTable({ columns, rows, widthShare = 1, totalRow = false }: ReportTable, locale: Language, textWidthTwips: number): Table {
  const totalWeight = columns.reduce((sum, column) => sum + column.width, 0);
  const percents = columns.map((column) => (column.width / totalWeight) * 100 * widthShare);
  const grid = percents.map((percent) => Math.floor((percent / 100) * textWidthTwips));
  // Kept lean on purpose (size and margins come from the style and the table): a report of 1,000 cards has some
  // 10,000 cells, and every option is an object docx builds and serializes. Each cell carries its column's
  // percentage, as Word reads widths from the cells of each row.
  const cell = (text: string, index: number, header: boolean, bold = header) =>
    new TableCell({
      width: { size: percents[index] ?? 0, type: WidthType.PERCENTAGE },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
      children: [
        new Paragraph({
          style: TABLE_STYLE,
          ...(columns[index]?.numeric ? { alignment: AlignmentType.RIGHT } : {}),
          children: lines(text).map((line, lineIndex) =>
            bold || lineIndex > 0 ? new TextRun({ text: line, bold, ...(lineIndex > 0 ? { break: 1 } : {}) }) : new TextRun(line),
          ),
        }),
      ],
    });
  return new Table({
    width: { size: 100 * widthShare, type: WidthType.PERCENTAGE },
    columnWidths: grid,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.label, index, true)) }),
      ...rows.map((cells, rowIndex) => {
        const bold = totalRow && rowIndex === rows.length - 1;
        return new TableRow({ cantSplit: true, children: cells.map((value, index) => cell(cellText(value, locale), index, false, bold)) });
      }),
    ],
  });
}

/** A card's line breaks become Word line breaks. */
function lines(text: string): string[] {
  return xmlSafe(text).split(/\r?\n/);
}
