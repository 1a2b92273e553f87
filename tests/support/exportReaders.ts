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
  /** `w:tblW`: its type (pct, dxa, auto) and value (pct as written: "100%" or fiftieths of a percent). */
  width: { type: string | null; value: string | null };
  /** `w:tcW` of the header row's cells. */
  columnWidths: { type: string | null; value: string | null }[];
}

export interface WordSection {
  /** From `w:pgSz`: its orientation attribute and size in twips. */
  orientation: string | null;
  width: number;
  height: number;
  /** Indexes (into `tables`) of the tables in this section. */
  tables: number[];
}

export interface WordDocument {
  /** Paragraph texts outside and inside tables, in order. */
  paragraphs: string[];
  /** Paragraphs styled Title, Heading1 or Heading2, in order, with their style. */
  headings: { style: string; text: string }[];
  tables: WordTable[];
  /** Sections in order, each ended by its `w:sectPr` (in the last paragraph's properties, or the body's). */
  sections: WordSection[];
  /** Paragraphs styled Caption: their text and the instruction of the field in them, if any. */
  captions: { text: string; field: string | null }[];
  /** All XML parts, concatenated. */
  xml: string;
  /** Each XML part by name. */
  parts: Map<string, string>;
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
  const widthOf = (element: Element | undefined) => ({
    type: element?.getAttributeNS(W, 'type') ?? null,
    value: element?.getAttributeNS(W, 'w') ?? null,
  });
  const tableElements = elements(doc, W, 'tbl');
  const tables = tableElements.map((table) => {
    const rows = children(table, W, 'tr');
    return {
      rows: rows.map((row) => ({
        header: children(row, W, 'trPr').some((properties) => children(properties, W, 'tblHeader').length > 0),
        cells: children(row, W, 'tc').map((cell) => children(cell, W, 'p').map(wordText).join('\n')),
      })),
      width: widthOf(children(table, W, 'tblPr').flatMap((properties) => children(properties, W, 'tblW'))[0]),
      columnWidths: rows[0]
        ? children(rows[0], W, 'tc').map((cell) => widthOf(children(cell, W, 'tcPr').flatMap((properties) => children(properties, W, 'tcW'))[0]))
        : [],
    };
  });
  const styleOf = (paragraph: Element) =>
    children(paragraph, W, 'pPr').flatMap((properties) => children(properties, W, 'pStyle'))[0]?.getAttributeNS(W, 'val') ?? null;

  // Walk the body in order: a table belongs to the section whose sectPr comes next.
  const body = elements(doc, W, 'body')[0]!;
  const sections: WordSection[] = [];
  let pending: number[] = [];
  const closeSection = (sectPr: Element) => {
    const size = children(sectPr, W, 'pgSz')[0];
    sections.push({
      orientation: size?.getAttributeNS(W, 'orient') || null,
      width: Number(size?.getAttributeNS(W, 'w')),
      height: Number(size?.getAttributeNS(W, 'h')),
      tables: pending,
    });
    pending = [];
  };
  for (const child of Array.from(body.childNodes)) {
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (el.localName === 'tbl') pending.push(tableElements.indexOf(el));
    if (el.localName === 'p') {
      const sectPr = children(el, W, 'pPr').flatMap((properties) => children(properties, W, 'sectPr'))[0];
      if (sectPr) closeSection(sectPr);
    }
    if (el.localName === 'sectPr') closeSection(el);
  }
  const fieldOf = (paragraph: Element) =>
    elements(paragraph, W, 'fldSimple')[0]?.getAttributeNS(W, 'instr') ??
    (elements(paragraph, W, 'instrText').map((text) => text.textContent ?? '').join('') || null);
  const parts = new Map([...entries].filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, data.toString('utf8')]));
  return {
    paragraphs: elements(doc, W, 'p').map(wordText),
    headings: elements(doc, W, 'p')
      .map((paragraph) => ({ style: styleOf(paragraph) ?? '', text: wordText(paragraph) }))
      .filter((paragraph) => ['Title', 'Heading1', 'Heading2'].includes(paragraph.style)),
    tables,
    sections,
    captions: elements(doc, W, 'p')
      .filter((paragraph) => styleOf(paragraph) === 'Caption')
      .map((paragraph) => ({ text: wordText(paragraph), field: fieldOf(paragraph) })),
    xml: [...parts.values()].join('\n'),
    parts,
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
  /** Print setup: `pageSetup` attributes, `pageSetUpPr fitToPage`, and the rows repeated on every page. */
  print: { orientation: string | null; paperSize: string | null; fitToWidth: string | null; fitToHeight: string | null;
    fitToPage: boolean; titles: string | null };
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

  const workbook = parseXml(text('xl/workbook.xml'));
  const printTitles = elements(workbook, S, 'definedName').filter((name) => name.getAttribute('name') === '_xlnm.Print_Titles');
  const sheets = elements(workbook, S, 'sheet').map((sheetElement, sheetIndex) => {
    const target = relationships.get(sheetElement.getAttributeNS(R, 'id')!)!;
    const sheetDoc = parseXml(text(target));
    const pane = elements(sheetDoc, S, 'pane')[0];
    const setup = elements(sheetDoc, S, 'pageSetup')[0];
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
      print: {
        orientation: setup?.getAttribute('orientation') ?? null,
        paperSize: setup?.getAttribute('paperSize') ?? null,
        fitToWidth: setup?.getAttribute('fitToWidth') ?? null,
        fitToHeight: setup?.getAttribute('fitToHeight') ?? null,
        fitToPage: ['1', 'true'].includes(elements(sheetDoc, S, 'pageSetUpPr')[0]?.getAttribute('fitToPage') ?? ''),
        titles: printTitles.find((name) => name.getAttribute('localSheetId') === String(sheetIndex))?.textContent ?? null,
      },
    };
  });
  return { sheets, xml: [...entries.values()].map((data) => data.toString('utf8')).join('\n') };
}

export interface PdfOutlineItem {
  title: string;
  items: PdfOutlineItem[];
}

export interface PdfText {
  /** Page sizes in points. */
  pages: { width: number; height: number; lines: string[] }[];
  /** Every line of every page. */
  text: string;
  /** The document outline (bookmarks), as titles. */
  outline: PdfOutlineItem[];
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
  type RawOutline = { title: string; items: RawOutline[] };
  const titles = (items: RawOutline[] | null): PdfOutlineItem[] => (items ?? []).map((item) => ({ title: item.title, items: titles(item.items) }));
  const outline = titles((await pdf.getOutline()) as RawOutline[] | null);
  await pdf.destroy();
  return { pages, text: pages.flatMap((page) => page.lines).join('\n'), outline };
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
