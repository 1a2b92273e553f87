import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { EventOutcomes } from '../eventOutcomes.js';
import { cellText, layoutReport, type ReportBlock, type ReportDocument, type ReportTable } from '../reportDocument.js';
import { buildReportModel } from '../reportModel.js';
import type { ReportOptions } from '../reportOptions.js';
import { xmlSafe } from '../xmlSafe.js';

/** A4 in twips (twentieths of a point), with 2 cm margins: what an Indonesian laporan is printed on. */
const PAGE_WIDTH_TWIPS = 11_906;
const PAGE_HEIGHT_TWIPS = 16_838;
const MARGIN_TWIPS = 1_134;
const TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
/** Font sizes in half-points. */
const BODY_SIZE = 21;
const TABLE_SIZE = 17;
/** Paragraph style of table cells (its size is TABLE_SIZE). */
const TABLE_STYLE = 'TableText';
const HEADER_FILL = 'D9E2F3';
const FONT = 'Calibri';

/**
 * The report as a Word document with real tables, for pasting into the laporan. Each table's first row repeats
 * on every page the table runs over (`w:tblHeader`), and rows do not split across pages.
 */
export async function renderDocx(outcomes: EventOutcomes, options: ReportOptions): Promise<Buffer> {
  const report = layoutReport(buildReportModel(outcomes, options.language));
  const document = new Document({
    title: xmlSafe(report.title),
    description: xmlSafe(report.subtitle),
    creator: 'Rembuk',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE } },
        title: { run: { font: FONT, size: 40, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 60 } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: TABLE_STYLE, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: TABLE_SIZE }, paragraph: { spacing: { before: 0, after: 0 } } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH_TWIPS, height: PAGE_HEIGHT_TWIPS },
            margin: { top: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, right: MARGIN_TWIPS },
          },
        },
        footers: { default: footer(report) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(report.title))] }),
          new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: xmlSafe(report.subtitle), italics: true, color: '595959' })] }),
          ...report.blocks.flatMap((block) => blockContent(block, report)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function footer(report: ReportDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${xmlSafe(report.title)} · ${report.generated} · ${report.pageLabel} `, size: 16, color: '7F7F7F' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '7F7F7F' }),
        ],
      }),
    ],
  });
}

function blockContent(block: ReportBlock, report: ReportDocument): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(xmlSafe(block.text))] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: xmlSafe(block.text), italics: block.note === true, color: block.note ? '595959' : undefined })],
        }),
      ];
    case 'facts':
      return block.items.map(
        (item) =>
          new Paragraph({
            spacing: { after: 40 },
            children: [new TextRun({ text: `${xmlSafe(item.label)}: `, bold: true }), new TextRun(xmlSafe(item.value))],
          }),
      );
    case 'table':
      return [wordTable(block.table, report), new Paragraph({ spacing: { after: 120 }, children: [] })];
  }
}

function wordTable({ columns, rows, widthShare = 1, totalRow = false }: ReportTable, report: ReportDocument): Table {
  const totalWeight = columns.reduce((sum, column) => sum + column.width, 0);
  const tableWidth = Math.floor(TEXT_WIDTH_TWIPS * widthShare);
  const widths = columns.map((column) => Math.floor((column.width / totalWeight) * tableWidth));
  // Kept lean on purpose (size and margins come from the style and the table, not from each cell): a report of
  // 1,000 cards has some 10,000 cells, and every option is an object docx builds and serializes.
  const cell = (text: string, index: number, header: boolean, bold = header) =>
    new TableCell({
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
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.label, index, true)) }),
      ...rows.map((cells, rowIndex) => {
        const bold = totalRow && rowIndex === rows.length - 1;
        return new TableRow({ cantSplit: true, children: cells.map((value, index) => cell(cellText(value, report.locale), index, false, bold)) });
      }),
    ],
  });
}

/** A card's line breaks become Word line breaks. */
function lines(text: string): string[] {
  return xmlSafe(text).split(/\r?\n/);
}
