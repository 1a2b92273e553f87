import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SimpleField,
  Table,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { Language } from '@rembuk/shared';
import type { EventOutcomes } from '../eventOutcomes.js';
import { layoutReport, type ReportBlock, type ReportDocument, type TableCaption } from '../reportDocument.js';
import { buildReportModel } from '../reportModel.js';
import type { ReportOptions } from '../reportOptions.js';
import { xmlSafe } from '../xmlSafe.js';
import { TABLE_STYLE, wordTable } from './wordTable.js';

/** A4 in twips (twentieths of a point), with 2 cm margins: what an Indonesian laporan is printed on. */
const PAGE_WIDTH_TWIPS = 11_906;
const PAGE_HEIGHT_TWIPS = 16_838;
const MARGIN_TWIPS = 1_134;
/** Font sizes in half-points. */
const BODY_SIZE = 21;
const TABLE_SIZE = 17;
const CAPTION_SIZE = 19;
/** Word's own style for captions: "Insert Table of Figures" lists the paragraphs in it with a SEQ Table field. */
const CAPTION_STYLE = 'Caption';
const FONT = 'Calibri';
/** Word's language tags, as the PDF's: spelling and hyphenation follow them. */
const WORD_LANGUAGE: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * The report as a Word document with real tables, for pasting into the laporan. Tables are as wide as the text
 * and carry numbered captions in Word's Caption style; the RTL tables sit in landscape sections of their own.
 */
export async function renderDocx(outcomes: EventOutcomes, options: ReportOptions): Promise<Buffer> {
  const report = layoutReport(buildReportModel(outcomes, options.language));
  const opening = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(report.title))] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: xmlSafe(report.subtitle), italics: true, color: '595959' })] }),
  ];
  const document = new Document({
    title: xmlSafe(report.title),
    description: xmlSafe(report.subtitle),
    creator: 'Rembuk',
    lastModifiedBy: 'Rembuk',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: { value: WORD_LANGUAGE[report.locale] } } },
        title: { run: { font: FONT, size: 40, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 60 } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: TABLE_STYLE, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: TABLE_SIZE }, paragraph: { spacing: { before: 0, after: 0 } } },
        // "caption" (lower case) is the name Word knows its built-in style by.
        { id: CAPTION_STYLE, name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true,
          run: { size: CAPTION_SIZE, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      ],
    },
    sections: sections(report).map(({ landscape, blocks }, index) => section(report, landscape, [
      ...(index === 0 ? opening : []),
      ...blocks.flatMap((block) => blockContent(block, report, landscape)),
    ])),
  });
  return Packer.toBuffer(document);
}

/** Runs of blocks on pages of one orientation, in order: each becomes a Word section. */
function sections(report: ReportDocument): { landscape: boolean; blocks: ReportBlock[] }[] {
  const runs: { landscape: boolean; blocks: ReportBlock[] }[] = [];
  for (const block of report.blocks) {
    const landscape = block.kind === 'table' && block.landscape === true;
    const last = runs.at(-1);
    if (last && last.landscape === landscape) last.blocks.push(block);
    else runs.push({ landscape, blocks: [block] });
  }
  return runs;
}

function section(report: ReportDocument, landscape: boolean, children: (Paragraph | Table)[]): ISectionOptions {
  return {
    properties: {
      page: {
        // Given as portrait: docx turns the size for a landscape section.
        size: { width: PAGE_WIDTH_TWIPS, height: PAGE_HEIGHT_TWIPS, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, right: MARGIN_TWIPS },
      },
    },
    footers: { default: footer(report) },
    children,
  };
}

/** "Event · Dibuat 21 Juli 2023 14.30 WITA · Halaman 2 / 9", as in the PDF, with Word's PAGE and NUMPAGES fields. */
function footer(report: ReportDocument): Footer {
  const style = { size: 16, color: '7F7F7F' };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${xmlSafe(report.title)} · ${report.generated} · ${report.pageLabel} `, ...style }),
          new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], ...style }),
        ],
      }),
    ],
  });
}

function blockContent(block: ReportBlock, report: ReportDocument, landscape: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(xmlSafe(block.text))] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: xmlSafe(block.text),
              italics: block.note === true,
              color: block.note ? '595959' : undefined,
              ...(block.language ? { language: { value: WORD_LANGUAGE[block.language] } } : {}),
            }),
          ],
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
    case 'table': {
      const textWidth = (landscape ? PAGE_HEIGHT_TWIPS : PAGE_WIDTH_TWIPS) - 2 * MARGIN_TWIPS;
      return [caption(block.caption), wordTable(block.table, report.locale, textWidth), new Paragraph({ spacing: { after: 120 }, children: [] })];
    }
  }
}

/**
 * "Tabel 3. Tantangan — NTT" with the number in a SEQ Table field that already holds its value, so the caption
 * reads right before Word updates its fields and a list of tables can be generated from it.
 */
function caption({ label, number, title }: TableCaption): Paragraph {
  return new Paragraph({
    style: CAPTION_STYLE,
    children: [
      new TextRun(`${xmlSafe(label)} `),
      new SimpleField('SEQ Table \\* ARABIC', String(number)),
      new TextRun(`. ${xmlSafe(title)}`),
    ],
  });
}
