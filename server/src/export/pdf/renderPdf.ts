import PDFDocument from 'pdfkit';
import type { EventOutcomes } from '../eventOutcomes.js';
import { captionText, layoutReport, type ReportBlock, type ReportDocument } from '../reportDocument.js';
import { buildReportModel } from '../reportModel.js';
import type { ReportOptions } from '../reportOptions.js';
import { MARGINS_PT, orientationOf, turnPage } from './pdfPages.js';
import { drawTable } from './pdfTable.js';
import { drawLine, flowText, lineWidth } from './pdfText.js';
import { boldPair, regularPair, reportFonts, type ReportFonts } from './reportFonts.js';

type Pdf = InstanceType<typeof PDFDocument>;
type OutlineItem = PDFKit.PDFOutline;

const TITLE_COLOR = '#1F3864';
const HEADING_COLOR = '#2F5496';
const NOTE_COLOR = '#595959';
const TEXT_COLOR = '#000000';
/** Room a heading wants below it on its page: a heading alone at the bottom of a page moves to the next. */
const KEEP_WITH_NEXT_PT = 80;

/** Where the outline (the reader's bookmarks) is being filled: a region's entry takes its tables. */
interface Outline {
  root: OutlineItem;
  section: OutlineItem | null;
}

/**
 * The report as an A4 PDF, laid out like the DOCX: the RTL tables on landscape pages, every table under its
 * numbered caption, and a bookmark per section and region with its tables. Fonts are DejaVu with Noto Emoji
 * (embedded, subset), so text renders the same on every reader and emoji stay in the text layer; every page
 * carries the event, the generation time and a page number.
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

  const left = doc.page.margins.left;
  doc.fontSize(20).fillColor(TITLE_COLOR);
  flowText(doc, report.title, boldPair(fonts), left, doc.y, {});
  doc.fontSize(11).fillColor(NOTE_COLOR);
  flowText(doc, report.subtitle, regularPair(fonts), left, doc.y, {});
  doc.moveDown(0.8);
  const outline: Outline = { root: doc.outline, section: null };
  for (const block of report.blocks) drawBlock(doc, block, report, fonts, outline);
  drawFooters(doc, report, fonts);
  doc.end();
  return done;
}

function drawBlock(doc: Pdf, block: ReportBlock, report: ReportDocument, fonts: ReportFonts, outline: Outline): void {
  const wanted = block.kind === 'table' && block.landscape === true ? 'landscape' : 'portrait';
  if (orientationOf(doc) !== wanted) turnPage(doc, wanted);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'heading': {
      drawHeading(doc, block.text, block.level === 1 ? 15 : 12, block.level === 1 ? TITLE_COLOR : HEADING_COLOR, fonts, block.level === 1 ? 0.8 : 0.4);
      if (block.level === 1) outline.section = outline.root.addItem(block.text);
      else (outline.section ?? outline.root).addItem(block.text);
      return;
    }
    case 'paragraph':
      doc.fontSize(block.note ? 9 : 10).fillColor(block.note ? NOTE_COLOR : TEXT_COLOR);
      flowText(doc, block.text, regularPair(fonts), left, doc.y, { width, align: block.note ? 'left' : 'justify', lineGap: 1.5 });
      doc.moveDown(0.5);
      return;
    case 'facts':
      for (const item of block.items) {
        doc.fontSize(10).fillColor(TEXT_COLOR);
        flowText(doc, `${item.label}: `, boldPair(fonts), left, doc.y, { width, continued: true });
        flowText(doc, item.value, regularPair(fonts), left, doc.y, { width });
      }
      doc.moveDown(0.5);
      return;
    case 'table': {
      // The caption is a heading of the page too, and a bookmark under its region: a reader finds "Tabel 4. RTL — NTT".
      const caption = captionText(block.caption);
      drawHeading(doc, caption, 11, HEADING_COLOR, fonts, 0.4);
      (outline.section ?? outline.root).addItem(caption);
      drawTable(doc, block.table, { regular: regularPair(fonts), bold: boldPair(fonts) }, report.locale);
      return;
    }
  }
}

/** A bold heading, moved to the next page (turned like this one) when too little room is left under it. */
function drawHeading(doc: Pdf, text: string, size: number, color: string, fonts: ReportFonts, spaceAbove: number): void {
  const atTop = doc.y <= doc.page.margins.top + 1;
  if (doc.y + KEEP_WITH_NEXT_PT > doc.page.height - doc.page.margins.bottom) turnPage(doc, orientationOf(doc));
  else if (!atTop) doc.moveDown(spaceAbove);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.fontSize(size).fillColor(color);
  flowText(doc, text, boldPair(fonts), doc.page.margins.left, doc.y, { width });
  doc.moveDown(0.3);
}

/** "Event · Dibuat 21 Juli 2023 14.30 WITA · Halaman 2 / 9" at the foot of every page, right-aligned. */
function drawFooters(doc: Pdf, report: ReportDocument, fonts: ReportFonts): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const bottomMargin = margins.bottom;
    // Writing inside the bottom margin must not start a new page.
    margins.bottom = 0;
    const text = `${report.title} · ${report.generated} · ${report.pageLabel} ${index - start + 1} / ${count}`;
    doc.fontSize(7.5).fillColor(NOTE_COLOR);
    const right = doc.page.width - margins.right;
    drawLine(doc, text, right - lineWidth(doc, text, regularPair(fonts)), doc.page.height - bottomMargin + 20, regularPair(fonts));
    margins.bottom = bottomMargin;
  }
}
