import type PDFDocument from 'pdfkit';

type Pdf = InstanceType<typeof PDFDocument>;

/** A4 with 2 cm margins, in points. */
export const MARGINS_PT = { top: 57, bottom: 57, left: 57, right: 57 };

export type Orientation = 'portrait' | 'landscape';

/**
 * A new page turned like the current one. PDFKit's `addPage()` without options takes the document's options
 * (portrait), which would turn a landscape table's continuation back.
 */
export function continuePage(doc: Pdf): void {
  doc.addPage({ size: 'A4', layout: orientationOf(doc), margins: MARGINS_PT });
}

/** A new A4 page in the orientation asked for. */
export function turnPage(doc: Pdf, orientation: Orientation): void {
  doc.addPage({ size: 'A4', layout: orientation, margins: MARGINS_PT });
}

export function orientationOf(doc: Pdf): Orientation {
  return doc.page.width > doc.page.height ? 'landscape' : 'portrait';
}
