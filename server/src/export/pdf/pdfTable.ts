import type PDFDocument from 'pdfkit';
import type { Language } from '@rembuk/shared';
import { cellText, type ReportTable } from '../reportDocument.js';
import { continuePage } from './pdfPages.js';
import { drawLine, lineWidth } from './pdfText.js';
import type { FontPair } from './reportFonts.js';

type Pdf = InstanceType<typeof PDFDocument>;

export const TABLE_FONT_SIZE = 8;
const CELL_PADDING_PT = 3;
const HEADER_FILL = '#D9E2F3';
const BORDER_COLOR = '#A6A6A6';
const TEXT_COLOR = '#000000';

export interface TableFonts {
  regular: FontPair;
  bold: FontPair;
}

/**
 * Draws a table across as many pages as it needs: the header row is repeated at the top of every page, and a
 * row taller than a page continues on the next one. Text is wrapped here rather than by PDFKit so that every
 * row's height is known before it is drawn.
 */
export function drawTable(doc: Pdf, table: ReportTable, fonts: TableFonts, locale: Language): void {
  const left = doc.page.margins.left;
  const width = (doc.page.width - doc.page.margins.left - doc.page.margins.right) * (table.widthShare ?? 1);
  const boldWrap = new Wrapper(doc, fonts.bold);
  const regularWrap = new Wrapper(doc, fonts.regular);
  const widths = columnWidths(table, width, (label) => Math.max(...label.split(/\s+/).map((word) => boldWrap.width(word))) + 2 * CELL_PADDING_PT);
  const offsets = widths.map((_, index) => left + widths.slice(0, index).reduce((sum, w) => sum + w, 0));
  const innerWidths = widths.map((w) => w - 2 * CELL_PADDING_PT);
  const numeric = table.columns.map((column) => column.numeric === true);

  doc.fontSize(TABLE_FONT_SIZE);
  const lineHeight = doc.font(fonts.regular.text).currentLineHeight(true);
  const headerLines = table.columns.map((column, index) => boldWrap.lines(column.label, innerWidths[index]!));
  const headerHeight = rowHeight(headerLines, lineHeight);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  let y = doc.y;

  const drawRow = (lines: string[][], from: number, count: number, header: boolean, bold = header) => {
    const height = count * lineHeight + 2 * CELL_PADDING_PT;
    if (header) doc.rect(left, y, width, height).fill(HEADER_FILL);
    doc.fontSize(TABLE_FONT_SIZE).fillColor(TEXT_COLOR);
    lines.forEach((cellLines, column) => {
      cellLines.slice(from, from + count).forEach((line, index) => {
        const x = numeric[column]
          ? offsets[column]! + widths[column]! - CELL_PADDING_PT - (bold ? boldWrap : regularWrap).width(line)
          : offsets[column]! + CELL_PADDING_PT;
        drawLine(doc, line, x, y + CELL_PADDING_PT + index * lineHeight, bold ? fonts.bold : fonts.regular);
      });
    });
    doc.lineWidth(0.5).strokeColor(BORDER_COLOR);
    for (let column = 0; column < widths.length; column += 1) doc.rect(offsets[column]!, y, widths[column]!, height).stroke();
    y += height;
  };
  const newPage = () => {
    continuePage(doc);
    y = doc.page.margins.top;
    drawRow(headerLines, 0, lineCount(headerLines), true);
  };

  const rows = table.rows.map((cells, rowIndex) => {
    const wrap = table.totalRow === true && rowIndex === table.rows.length - 1 ? boldWrap : regularWrap;
    return cells.map((cell, index) => wrap.lines(cellText(cell, locale), innerWidths[index]!));
  });
  const firstRowHeight = rows[0] ? rowHeight(rows[0], lineHeight) : 0;
  // Keep the header with at least the first row (or as much of it as a page holds).
  if (y + headerHeight + Math.min(firstRowHeight, 4 * lineHeight) > bottom()) {
    continuePage(doc);
    y = doc.page.margins.top;
  }
  drawRow(headerLines, 0, lineCount(headerLines), true);
  for (const [rowIndex, lines] of rows.entries()) {
    const bold = table.totalRow === true && rowIndex === rows.length - 1;
    const total = lineCount(lines);
    const usable = bottom() - doc.page.margins.top - headerHeight;
    if (y + rowHeight(lines, lineHeight) > bottom() && rowHeight(lines, lineHeight) <= usable) newPage();
    let from = 0;
    while (from < total) {
      const fit = Math.floor((bottom() - y - 2 * CELL_PADDING_PT) / lineHeight);
      if (fit < 1) {
        newPage();
        continue;
      }
      const count = Math.min(fit, total - from);
      drawRow(lines, from, count, false, bold);
      from += count;
      if (from < total) newPage();
    }
  }
  doc.x = left;
  doc.y = y + lineHeight;
}

/**
 * Column widths in proportion to the columns' weights, except that no column is narrower than the longest word
 * of its header (so "Kalimantan" is not cut into "Kaliman" "tan"): what such columns need is taken from the
 * others in proportion to what they have to spare.
 */
function columnWidths(table: ReportTable, width: number, headerWordWidth: (label: string) => number): number[] {
  const totalWeight = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => (column.width / totalWeight) * width);
  const minimums = table.columns.map((column) => Math.min(headerWordWidth(column.label), width / table.columns.length));
  const missing = widths.reduce((sum, w, index) => sum + Math.max(0, minimums[index]! - w), 0);
  const spare = widths.reduce((sum, w, index) => sum + Math.max(0, w - minimums[index]!), 0);
  if (missing === 0 || spare <= missing) return widths;
  return widths.map((w, index) => (w < minimums[index]! ? minimums[index]! : w - ((w - minimums[index]!) / spare) * missing));
}

function lineCount(lines: string[][]): number {
  return Math.max(1, ...lines.map((cell) => cell.length));
}

function rowHeight(lines: string[][], lineHeight: number): number {
  return lineCount(lines) * lineHeight + 2 * CELL_PADDING_PT;
}

/** Greedy word wrapping with cached word widths (one font pair, the table's size); over-long words are cut. */
class Wrapper {
  private readonly widths = new Map<string, number>();
  private readonly spaceWidth: number;

  constructor(
    private readonly doc: Pdf,
    private readonly fonts: FontPair,
  ) {
    this.spaceWidth = this.width(' ');
  }

  width(text: string): number {
    let known = this.widths.get(text);
    if (known === undefined) {
      known = lineWidth(this.doc.fontSize(TABLE_FONT_SIZE), text, this.fonts);
      this.widths.set(text, known);
    }
    return known;
  }

  lines(text: string, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.replace(/\t/g, ' ').split(/\r?\n/)) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(' ').filter((part) => part !== '')) {
        const wordWidth = this.width(word);
        if (line !== '' && lineWidth + this.spaceWidth + wordWidth <= maxWidth) {
          line += ` ${word}`;
          lineWidth += this.spaceWidth + wordWidth;
          continue;
        }
        if (line !== '') lines.push(line);
        [line, lineWidth] = [word, wordWidth];
        while (lineWidth > maxWidth && line.length > 1) {
          const cut = this.fittingPrefix(line, maxWidth);
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
          lineWidth = this.width(line);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /**
   * How many characters of `word` go on this line: up to the last slash or dash that fits ("Nasional/" "ASEAN"),
   * else as many characters as fit (at least one).
   */
  private fittingPrefix(word: string, maxWidth: number): number {
    const fits = this.fittingCharacters(word, maxWidth);
    const lastBreak = Math.max(...['/', '-', '–'].map((mark) => word.lastIndexOf(mark, fits - 1)));
    return lastBreak > 0 ? lastBreak + 1 : fits;
  }

  private fittingCharacters(word: string, maxWidth: number): number {
    let low = 1;
    let high = word.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineWidth(this.doc.fontSize(TABLE_FONT_SIZE), word.slice(0, middle), this.fonts) <= maxWidth) low = middle;
      else high = middle - 1;
    }
    // Never cut between the two halves of a surrogate pair.
    return low > 1 && /[\uD800-\uDBFF]/.test(word[low - 1]!) ? low - 1 : low;
  }
}
