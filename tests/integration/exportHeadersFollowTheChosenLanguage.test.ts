import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, readPdf, readXlsx } from '../support/exportReaders.js';
import { buildReportFixture, type ReportFixture } from '../support/reportFixture.js';

const ID = {
  challenges: ['No', 'Tantangan', 'Kategori', 'Status', 'Suara', 'Prioritas'],
  rtl: ['No', 'Langkah', 'Menjawab tantangan', 'Penanggung jawab', 'Mitra', 'Waktu', 'Sumber daya', 'Indikator', 'Status'],
};
const EN = {
  challenges: ['No', 'Challenge', 'Category', 'Status', 'Votes', 'Priority'],
  rtl: ['No', 'Action step', 'Addresses challenges', 'Responsible organisation', 'Partners', 'Timeframe', 'Resources', 'Success indicator',
    'Status'],
};
const BOTH = {
  challenges: ['No', 'Tantangan / Challenge', 'Kategori / Category', 'Status', 'Suara / Votes', 'Prioritas / Priority'],
  rtl: ['No', 'Langkah / Action step', 'Menjawab tantangan / Addresses challenges', 'Penanggung jawab / Responsible organisation',
    'Mitra / Partners', 'Waktu / Timeframe', 'Sumber daya / Resources', 'Indikator / Success indicator', 'Status'],
};

describe('export languages', () => {
  let fixture: ReportFixture;

  beforeAll(async () => {
    fixture = await buildReportFixture();
  });
  afterAll(() => fixture.close());

  const docxHeaders = async (query: Record<string, string>) => {
    const docx = await readDocx((await fixture.download({ format: 'docx', ...query })).buffer);
    return { docx, headers: docx.tables.map((table) => table.rows[0]!.cells) };
  };

  it('writes Indonesian headers by default, the event’s language', async () => {
    const { headers } = await docxHeaders({});
    expect(headers).toContainEqual(ID.challenges);
    expect(headers).toContainEqual(ID.rtl);
    expect((await docxHeaders({ lang: 'id' })).headers).toEqual(headers);
  });

  it('writes English headers, labels and method with lang=en in every format', async () => {
    const { docx, headers } = await docxHeaders({ lang: 'en' });
    expect(headers).toContainEqual(EN.challenges);
    expect(headers).toContainEqual(EN.rtl);
    expect(docx.captions.map((caption) => caption.text)).toContain('Table 3. Action plan (RTL) — NTT');
    expect(docx.paragraphs.some((text) => text.startsWith('Participants were split into 2 groups by region (NTT, Jawa)'))).toBe(true);
    expect(docx.tables.some((table) => table.rows.some((row) => row.cells.includes('Online/tech')))).toBe(true);

    const xlsx = await readXlsx((await fixture.download({ format: 'xlsx', lang: 'en' })).buffer);
    expect(xlsx.sheets.map((sheet) => sheet.name)).toEqual(['All', 'NTT', 'Jawa', 'Themes across regions']);
    expect(xlsx.sheets[0]!.rows[0]!.slice(0, 4).map((cell) => cell?.value)).toEqual(['Group', 'No', 'Kind', 'Text']);

    const pdf = await readPdf((await fixture.download({ format: 'pdf', lang: 'en' })).buffer);
    expect(pdf.pages.flatMap((page) => page.lines)).toContain(EN.challenges.join(' '));
    expect(pdf.text).toContain('Date: 21 July 2027 (WITA)');

    const md = (await fixture.download({ format: 'md', lang: 'en' })).buffer.toString('utf8');
    expect(md).toContain(`| ${EN.challenges.join(' | ')} |`);
    expect(md).toContain('Table 3. Action plan (RTL) — NTT');
    const csv = (await fixture.download({ format: 'csv', lang: 'en' })).buffer.toString('utf8');
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/^Group,No,Kind,Text,Category,Scope,Status,Addresses challenges,/);
  });

  it('writes both languages in each header with lang=both', async () => {
    const { docx, headers } = await docxHeaders({ lang: 'both' });
    expect(headers).toContainEqual(BOTH.challenges);
    expect(headers).toContainEqual(BOTH.rtl);
    expect(docx.paragraphs.some((text) => text.startsWith('Peserta dibagi ke dalam 2 kelompok'))).toBe(true);
    expect(docx.paragraphs.some((text) => text.startsWith('Participants were split into 2 groups'))).toBe(true);
    expect(docx.tables.some((table) => table.rows.some((row) => row.cells.includes('Daring/teknologi / Online/tech')))).toBe(true);

    const xlsx = await readXlsx((await fixture.download({ format: 'xlsx', lang: 'both' })).buffer);
    expect(xlsx.sheets[0]!.name).toBe('Semua');
    expect(xlsx.sheets[1]!.rows[0]!.slice(0, 3).map((cell) => cell?.value)).toEqual(['No', 'Jenis / Kind', 'Teks / Text']);

    const pdf = await readPdf((await fixture.download({ format: 'pdf', lang: 'both' })).buffer);
    expect(pdf.text).toContain('Tantangan / Challenge');
    expect(pdf.text).toContain('Tabel / Table 2. Tantangan / Challenges — NTT');
    const md = (await fixture.download({ format: 'md', lang: 'both' })).buffer.toString('utf8');
    expect(md).toContain(`| ${BOTH.challenges.join(' | ')} |`);
  });

  it('answers 400 for an unknown language or flag value', async () => {
    expect((await fixture.download({ format: 'docx', lang: 'fr' })).response.status).toBe(400);
    expect((await fixture.download({ format: 'pdf', includeNotForScreen: 'yes' })).response.status).toBe(400);
    expect((await fixture.download({ format: 'xlsx', extra: '1' })).response.status).toBe(400);
  });
});
