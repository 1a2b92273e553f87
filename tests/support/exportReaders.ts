import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Readers of the binary exports that share no code with the server's writers: DOCX and XLSX are opened as ZIP
 * files (JSZip) and their XML parsed (xmldom); PDF text is extracted by PDF.js.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function parseXml(xml: string) {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function elements(parent: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element> }, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name));
}

function children(parent: Element, ns: string, name: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === ns && (node as Element).localName === name,
  );
}

/** Every text entry of a ZIP (XML parts, text files), for searching for what must not be there. */
export async function zipEntries(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const entries = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) entries.set(name, await file.async('nodebuffer'));
  }
  return entries;
}

export interface WordTable {
  rows: { header: boolean; cells: string[] }[];
}

export interface WordDocument {
  /** Paragraph texts outside and inside tables, in order. */
  paragraphs: string[];
  /** Paragraphs styled Title, Heading1 or Heading2, in order, with their style. */
  headings: { style: string; text: string }[];
  tables: WordTable[];
  /** All XML parts, concatenated. */
  xml: string;
}

/** Text of a run container: w:t texts, w:br as a line break. */
function wordText(element: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.namespaceURI === W && el.localName === 't') text += el.textContent ?? '';
      else if (el.namespaceURI === W && el.localName === 'br') text += '\n';
      else walk(el);
    }
  };
  walk(element);
  return text;
}

export async function readDocx(buffer: Buffer): Promise<WordDocument> {
  const entries = await zipEntries(buffer);
  const documentXml = entries.get('word/document.xml');
  if (!documentXml) throw new Error('no word/document.xml');
  const doc = parseXml(documentXml.toString('utf8'));
  const tables = elements(doc, W, 'tbl').map((table) => ({
    rows: children(table, W, 'tr').map((row) => ({
      header: children(row, W, 'trPr').some((properties) => children(properties, W, 'tblHeader').length > 0),
      cells: children(row, W, 'tc').map((cell) => children(cell, W, 'p').map(wordText).join('\n')),
    })),
  }));
  const styleOf = (paragraph: Element) =>
    children(paragraph, W, 'pPr').flatMap((properties) => children(properties, W, 'pStyle'))[0]?.getAttributeNS(W, 'val') ?? null;
  return {
    paragraphs: elements(doc, W, 'p').map(wordText),
    headings: elements(doc, W, 'p')
      .map((paragraph) => ({ style: styleOf(paragraph) ?? '', text: wordText(paragraph) }))
      .filter((paragraph) => ['Title', 'Heading1', 'Heading2'].includes(paragraph.style)),
    tables,
    xml: [...entries].filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([, data]) => data.toString('utf8')).join('\n'),
  };
}

export interface SheetCell {
  /** The cell's `t` attribute: s (shared string), n (number, also when absent), str, inlineStr, b. */
  type: string;
  value: string | number;
  formula: string | null;
}

export interface Sheet {
  name: string;
  pane: { state: string | null; ySplit: string | null; topLeftCell: string | null } | null;
  /** Rows as arrays indexed by column (A = 0); missing cells are undefined. */
  rows: (SheetCell | undefined)[][];
  /** Number format code of each style index used by cells (`s` attribute). */
  cellFormats: Map<string, string>;
  cellStyles: Map<string, string>;
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

export async function readXlsx(buffer: Buffer): Promise<{ sheets: Sheet[]; xml: string }> {
  const entries = await zipEntries(buffer);
  const text = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no ${name}`);
    return entry.toString('utf8');
  };
  const sharedStrings = entries.has('xl/sharedStrings.xml')
    ? elements(parseXml(text('xl/sharedStrings.xml')), S, 'si').map((item) => elements(item, S, 't').map((t) => t.textContent ?? '').join(''))
    : [];
  const relationships = new Map(
    Array.from(parseXml(text('xl/_rels/workbook.xml.rels')).getElementsByTagName('Relationship')).map((rel) => [
      rel.getAttribute('Id')!,
      rel.getAttribute('Target')!.replace(/^\/?(xl\/)?/, 'xl/'),
    ]),
  );
  const styles = parseXml(text('xl/styles.xml'));
  const formatCodes = new Map(elements(styles, S, 'numFmt').map((fmt) => [fmt.getAttribute('numFmtId')!, fmt.getAttribute('formatCode')!]));
  const cellXfs = elements(styles, S, 'cellXfs')[0];
  const xfFormats = cellXfs ? children(cellXfs, S, 'xf').map((xf) => xf.getAttribute('numFmtId') ?? '0') : [];

  const sheets = elements(parseXml(text('xl/workbook.xml')), S, 'sheet').map((sheetElement) => {
    const target = relationships.get(sheetElement.getAttributeNS(R, 'id')!)!;
    const sheetDoc = parseXml(text(target));
    const pane = elements(sheetDoc, S, 'pane')[0];
    const rows: (SheetCell | undefined)[][] = [];
    const cellFormats = new Map<string, string>();
    for (const row of elements(sheetDoc, S, 'row')) {
      const index = Number(row.getAttribute('r')) - 1;
      const cells: (SheetCell | undefined)[] = [];
      for (const cell of children(row, S, 'c')) {
        const ref = cell.getAttribute('r')!;
        const type = cell.getAttribute('t') || 'n';
        const raw = children(cell, S, 'v')[0]?.textContent ?? null;
        const formula = children(cell, S, 'f')[0]?.textContent ?? null;
        const inline = children(cell, S, 'is')[0];
        const value =
          type === 's' ? sharedStrings[Number(raw)]! : type === 'inlineStr' ? (inline ? elements(inline, S, 't').map((t) => t.textContent).join('') : '') : type === 'n' ? Number(raw) : (raw ?? '');
        const styleIndex = cell.getAttribute('s');
        if (styleIndex) cellFormats.set(ref, xfFormats[Number(styleIndex)] ?? '0');
        if (raw === null && formula === null && !inline) continue;
        cells[columnIndex(ref)] = { type, value, formula };
      }
      rows[index] = cells;
    }
    return {
      name: sheetElement.getAttribute('name')!,
      pane: pane ? { state: pane.getAttribute('state'), ySplit: pane.getAttribute('ySplit'), topLeftCell: pane.getAttribute('topLeftCell') } : null,
      rows,
      cellFormats: new Map([...cellFormats].map(([ref, id]) => [ref, formatCodes.get(id) ?? (id === '49' ? '@' : id)])),
      cellStyles: cellFormats,
    };
  });
  return { sheets, xml: [...entries.values()].map((data) => data.toString('utf8')).join('\n') };
}

export interface PdfText {
  /** Page sizes in points. */
  pages: { width: number; height: number; lines: string[] }[];
  /** Every line of every page. */
  text: string;
}

/**
 * The text of each page, as lines: items at the same height are joined left to right with a space (a table
 * row reads "1 Perekrutan lewat media sosial Daring/teknologi 4 1").
 */
export async function readPdf(buffer: Buffer): Promise<PdfText> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PdfText['pages'] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const byLine = new Map<number, { x: number; text: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      const line = byLine.get(y) ?? [];
      line.push({ x: item.transform[4] as number, text: item.str });
      byLine.set(y, line);
    }
    const lines = [...byLine.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, items]) => items.sort((a, b) => a.x - b.x).map((item) => item.text.trim()).join(' '));
    pages.push({ width: viewport.width, height: viewport.height, lines });
  }
  await pdf.destroy();
  return { pages, text: pages.flatMap((page) => page.lines).join('\n') };
}

/**
 * Everything a reader of the file could find: the text of a text format; every XML part of a DOCX or XLSX; the
 * extracted text and the raw bytes (metadata) of a PDF; and the same for every file inside a ZIP.
 */
export async function readableText(format: string, buffer: Buffer): Promise<string> {
  switch (format) {
    case 'md':
    case 'csv':
    case 'json':
      return buffer.toString('utf8');
    case 'docx':
      return (await readDocx(buffer)).xml;
    case 'xlsx':
      return (await readXlsx(buffer)).xml;
    case 'pdf':
      return `${(await readPdf(buffer)).text}\n${buffer.toString('latin1')}`;
    case 'zip': {
      const parts: string[] = [];
      for (const [name, data] of await zipEntries(buffer)) parts.push(await readableText(name.split('.').pop()!, data));
      return parts.join('\n');
    }
    default:
      throw new Error(`unknown format ${format}`);
  }
}
