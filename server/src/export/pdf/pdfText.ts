import type PDFDocument from 'pdfkit';
import { emojiRuns, hasEmoji, type TextRun } from './emojiRuns.js';
import type { FontPair } from './reportFonts.js';

type Pdf = InstanceType<typeof PDFDocument>;

/**
 * Text in a font pair: PDFKit has no font fallback, so emoji are set in the emoji font and everything else in
 * the text font, run by run. Text without emoji (nearly all) takes one call, as before.
 */
function runsOf(text: string): TextRun[] {
  return hasEmoji(text) ? emojiRuns(text) : [{ text, emoji: false }];
}

/** Width of one line of text at the current font size. */
export function lineWidth(doc: Pdf, text: string, fonts: FontPair): number {
  return runsOf(text).reduce((sum, run) => sum + doc.font(run.emoji ? fonts.emoji : fonts.text).widthOfString(run.text), 0);
}

/** One line at (x, y), never wrapped. */
export function drawLine(doc: Pdf, text: string, x: number, y: number, fonts: FontPair): void {
  let at = x;
  for (const run of runsOf(text)) {
    doc.font(run.emoji ? fonts.emoji : fonts.text).text(run.text, at, y, { lineBreak: false });
    at += doc.widthOfString(run.text);
  }
}

/**
 * Flowing text from (x, y), wrapped by PDFKit as one paragraph across its runs (`continued`). With
 * `continued: true` the paragraph goes on in the next call.
 */
export function flowText(doc: Pdf, text: string, fonts: FontPair, x: number, y: number, options: PDFKit.Mixins.TextOptions): void {
  const runs = runsOf(text);
  runs.forEach((run, index) => {
    const continued = index < runs.length - 1 || options.continued === true;
    doc.font(run.emoji ? fonts.emoji : fonts.text);
    if (index === 0) doc.text(run.text, x, y, { ...options, continued });
    else doc.text(run.text, { ...options, continued });
  });
}
