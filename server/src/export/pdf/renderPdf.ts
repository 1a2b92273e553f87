import PDFDocument from 'pdfkit';
import type { EventOutcomes } from '../eventOutcomes.js';
import { layoutReport, type ReportBlock, type ReportDocument } from '../reportDocument.js';
import { buildReportModel } from '../reportModel.js';
import type { ReportOptions } from '../reportOptions.js';
import { drawTable } from './pdfTable.js';
import { reportFonts, type ReportFonts } from './reportFonts.js';

type Pdf = InstanceType<typeof PDFDocument>;

/** A4 with 2 cm side margins, in points. */
const MARGINS_PT = { top: 57, bottom: 57, left: 57, right: 57 };
const TITLE_COLOR = '#1F3864';
const HEADING_COLOR = '#2F5496';
const NOTE_COLOR = '#595959';
const TEXT_COLOR = '#000000';
/** Room a heading wants below it on its page: a heading alone at the bottom of a page moves to the next. */
const KEEP_WITH_NEXT_PT = 80;

/**
 * The report as an A4 PDF, laid out like the DOCX. Fonts are DejaVu (embedded, subset), so Indonesian and English
 * text render the same on every reader; every page carries the event, the generation time and a page number.
 */
export function renderPdf(outcomes: EventOutcomes, options: ReportOptions): Promise<Buffer> {
  const report = layoutReport(buildReportModel(outcomes, options.language));
  // Fonts are used by path, never registered under another name: PDFKit caches a font under the name it was
  // first opened with, and reopens (re-parses) it on every switch made under a second name.
  const fonts = reportFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS_PT,
    bufferPages: true,
    font: fonts.regular,
    lang: report.locale === 'id' ? 'id-ID' : 'en-GB',
    displayTitle: true,
    info: { Title: report.title, Subject: report.subtitle, Creator: 'Rembuk', Producer: 'Rembuk' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(fonts.bold).fontSize(20).fillColor(TITLE_COLOR).text(report.title);
  doc.font(fonts.regular).fontSize(11).fillColor(NOTE_COLOR).text(report.subtitle);
  doc.moveDown(0.8);
  for (const block of report.blocks) drawBlock(doc, block, report, fonts);
  drawFooters(doc, report, fonts);
  doc.end();
  return done;
}

function drawBlock(doc: Pdf, block: ReportBlock, report: ReportDocument, fonts: ReportFonts): void {
  const { regular: REGULAR, bold: BOLD } = fonts;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'heading': {
      if (doc.y + KEEP_WITH_NEXT_PT > doc.page.height - doc.page.margins.bottom) doc.addPage();
      else doc.moveDown(block.level === 1 ? 0.8 : 0.4);
      doc
        .font(BOLD)
        .fontSize(block.level === 1 ? 15 : 12)
        .fillColor(block.level === 1 ? TITLE_COLOR : HEADING_COLOR)
        .text(block.text, left, doc.y, { width });
      doc.moveDown(0.3);
      return;
    }
    case 'paragraph':
      doc
        .font(REGULAR)
        .fontSize(block.note ? 9 : 10)
        .fillColor(block.note ? NOTE_COLOR : TEXT_COLOR)
        .text(block.text, left, doc.y, { width, align: block.note ? 'left' : 'justify', lineGap: 1.5 });
      doc.moveDown(0.5);
      return;
    case 'facts':
      for (const item of block.items) {
        doc.font(BOLD).fontSize(10).fillColor(TEXT_COLOR).text(`${item.label}: `, left, doc.y, { width, continued: true });
        doc.font(REGULAR).text(item.value);
      }
      doc.moveDown(0.5);
      return;
    case 'table':
      drawTable(doc, block.table, fonts, report.locale);
      return;
  }
}

/** "Event · Dibuat 21 Juli 2023 14.30 WITA · Halaman 2 / 9" at the foot of every page. */
function drawFooters(doc: Pdf, report: ReportDocument, fonts: ReportFonts): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const bottomMargin = margins.bottom;
    // Writing inside the bottom margin must not start a new page.
    margins.bottom = 0;
    doc
      .font(fonts.regular)
      .fontSize(7.5)
      .fillColor(NOTE_COLOR)
      .text(
        `${report.title} · ${report.generated} · ${report.pageLabel} ${index - start + 1} / ${count}`,
        margins.left,
        doc.page.height - bottomMargin + 20,
        { width: doc.page.width - margins.left - margins.right, align: 'right', lineBreak: false },
      );
    margins.bottom = bottomMargin;
  }
}
