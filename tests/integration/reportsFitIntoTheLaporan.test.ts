import { addCard, type CreateEventReply } from '@rembuk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, readPdf, type PdfText, type WordDocument } from '../support/exportReaders.js';
import { buildReportFixture, type ReportFixture } from '../support/reportFixture.js';
import { createTestEvent, eventually } from '../support/testServer.js';
import { connectBoard } from '../support/yjsClient.js';

const RTL_HEADER_START = ['No', 'Langkah', 'Menjawab tantangan'];
const CAPTIONS = [
  'Tabel 1. Perangkat terdaftar per kelompok',
  'Tabel 2. Tantangan — NTT',
  'Tabel 3. RTL (Rencana Tindak Lanjut) — NTT',
  'Tabel 4. Tantangan — Jawa',
  'Tabel 5. RTL (Rencana Tindak Lanjut) — Jawa',
  'Tabel 6. Tantangan menurut kategori dan wilayah',
  'Tabel 7. Tantangan dengan suara terbanyak',
  'Tabel 8. Langkah yang muncul di beberapa wilayah',
  'Tabel 9. Lampiran: kartu yang disepakati',
];

describe('reports pasted into a laporan', () => {
  let fixture: ReportFixture;
  let docx: WordDocument;
  let pdf: PdfText;

  beforeAll(async () => {
    fixture = await buildReportFixture();
    docx = await readDocx((await fixture.download({ format: 'docx' })).buffer);
    pdf = await readPdf((await fixture.download({ format: 'pdf' })).buffer);
  });
  afterAll(() => fixture.close());

  const isRtl = (index: number) => docx.tables[index]!.rows[0]!.cells.slice(0, 3).join('|') === RTL_HEADER_START.join('|');

  it('puts the RTL tables, and only those, in landscape A4 sections of the DOCX', () => {
    const landscape = docx.sections.filter((section) => section.orientation === 'landscape');
    expect(landscape).toHaveLength(2);
    for (const section of docx.sections) {
      const turned = section.orientation === 'landscape';
      expect([section.width, section.height]).toEqual(turned ? [16_838, 11_906] : [11_906, 16_838]);
      for (const table of section.tables) expect(isRtl(table)).toBe(turned);
    }
    expect(docx.sections.flatMap((section) => section.tables)).toHaveLength(docx.tables.length);
  });

  it('sizes every DOCX table and its columns in percentages of the text width, not in fixed twips', () => {
    for (const table of docx.tables) {
      expect(table.width.type).toBe('pct');
      const columns = table.columnWidths.map((width) => {
        expect(width.type).toBe('pct');
        return Number(width.value);
      });
      // Written in fiftieths of a percent: 5000 is 100 %.
      expect(columns.reduce((sum, width) => sum + width, 0)).toBeCloseTo(Number(table.width.value), -1);
    }
    const rtl = docx.tables.find((_, index) => isRtl(index))!;
    expect(rtl.width.value).toBe('5000');
    expect(docx.tables[0]!.width.value).toBe('2500');
  });

  it('captions every DOCX table in Word’s Caption style with its number in a SEQ Table field and its region', () => {
    expect(docx.captions.map((caption) => caption.text)).toEqual(CAPTIONS);
    for (const caption of docx.captions) expect(caption.field).toMatch(/^\s*SEQ Table\b/);
    expect(docx.parts.get('word/styles.xml')).toMatch(/<w:style w:type="paragraph" w:styleId="Caption"[^>]*>\s*<w:name w:val="caption"\/>/);
  });

  it('tells Word the document is Indonesian, and has the footer count pages as the PDF does', () => {
    expect(docx.parts.get('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="id-ID"\/>[\s\S]*<\/w:docDefaults>/);
    const footers = [...docx.parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
      expect(footer).toContain('Rapat IAT · Dibuat ');
      expect(footer).toContain(' / ');
    }
    const core = docx.parts.get('docProps/core.xml')!;
    expect(core).toContain('<dc:creator>Rembuk</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Rembuk</cp:lastModifiedBy>');
  });

  it('marks English paragraphs of a bilingual DOCX as en-GB and an English one as en-GB throughout', async () => {
    const both = await readDocx((await fixture.download({ format: 'docx', lang: 'both' })).buffer);
    expect(both.parts.get('word/styles.xml')).toContain('<w:lang w:val="id-ID"/>');
    const english = both.parts.get('word/document.xml')!.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*Participants were split into(?:(?!<\/w:p>)[\s\S])*<\/w:p>/)?.[0];
    expect(english).toContain('<w:lang w:val="en-GB"/>');
    const en = await readDocx((await fixture.download({ format: 'docx', lang: 'en' })).buffer);
    expect(en.parts.get('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>/);
    expect(en.captions[1]!.text).toBe('Table 2. Challenges — NTT');
  });

  it('turns the RTL pages of the PDF to landscape, captions its tables as headings and bookmarks every region', () => {
    for (const caption of CAPTIONS) expect(pdf.pages.flatMap((page) => page.lines)).toContain(caption);
    const rtlPages = pdf.pages.filter((page) => page.lines.some((line) => /^Tabel \d+\. RTL/.test(line)));
    expect(rtlPages).toHaveLength(2);
    for (const page of rtlPages) expect(page.width).toBeGreaterThan(page.height);
    expect(pdf.outline.map((item) => item.title)).toEqual(['Pendahuluan', 'Metode', 'NTT', 'Jawa', 'Ringkasan lintas wilayah',
      'Lampiran: kartu yang disepakati']);
    expect(pdf.outline.find((item) => item.title === 'NTT')!.items.map((item) => item.title)).toEqual([CAPTIONS[1], CAPTIONS[2]]);
  });

  it('names downloads after the event, the language and the day, so id, en and both differ', async () => {
    const names = await Promise.all(
      ['id', 'en', 'both'].map(async (lang) => (await fixture.download({ format: 'docx', lang })).response.headers.get('content-disposition')),
    );
    expect(names.map((header) => /filename="([^"]+)"/.exec(header!)?.[1])).toEqual([
      expect.stringMatching(/^rapat-iat_laporan_id_\d{4}-\d{2}-\d{2}\.docx$/),
      expect.stringMatching(/^rapat-iat_report_en_\d{4}-\d{2}-\d{2}\.docx$/),
      expect.stringMatching(/^rapat-iat_laporan_both_\d{4}-\d{2}-\d{2}\.docx$/),
    ]);
  });

  describe('with emoji in the title and on cards', () => {
    let reply: CreateEventReply;
    let emoji: PdfText;
    let disposition: string | null;
    const CARD = 'Calo merekrut lewat WhatsApp 📱 dan TikTok 👍🏽';

    beforeAll(async () => {
      reply = await createTestEvent(fixture.server.url, { title: 'Rembuk Ñusa 🌏', groups: ['NTT 🇮🇩'] });
      const board = connectBoard(fixture.server.yjsUrl, reply.event.id, reply.event.groups[0]!.id, reply.organizerKey);
      await board.synced;
      addCard(board.doc, { kind: 'challenge', text: CARD });
      const url = `${fixture.server.url}/api/events/${reply.event.id}/export?format=pdf`;
      const headers = { Authorization: `Bearer ${reply.organizerKey}` };
      await eventually(async () => {
        const response = await fetch(url, { headers });
        disposition = response.headers.get('content-disposition');
        emoji = await readPdf(Buffer.from(await response.arrayBuffer()));
        expect(emoji.text).toContain('WhatsApp');
      });
      board.destroy();
    });

    it('keeps emoji in the PDF’s text layer, set in an embedded emoji font', () => {
      expect(emoji.text).toContain('📱');
      expect(emoji.text).toContain('👍');
      expect(emoji.pages[0]!.lines[0]).toBe('Rembuk Ñusa 🌏');
      expect(emoji.text).toContain('Tabel 2. Tantangan — NTT 🇮🇩');
    });

    it('names the file with an ASCII fallback and the full name as RFC 5987 filename*', () => {
      expect(disposition).toMatch(/^attachment; filename="rembuk-nusa_laporan_id_\d{4}-\d{2}-\d{2}\.pdf"; filename\*=UTF-8''rembuk-nusa_laporan_id_/);
    });
  });
});
