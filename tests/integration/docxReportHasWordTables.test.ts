import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, type WordDocument, type WordTable } from '../support/exportReaders.js';
import { buildReportFixture, TEXT, type ReportFixture } from '../support/reportFixture.js';

const CHALLENGE_HEADER = ['No', 'Tantangan', 'Kategori', 'Status', 'Suara', 'Prioritas'];
const RTL_HEADER = ['No', 'Langkah', 'Menjawab tantangan', 'Penanggung jawab', 'Mitra', 'Waktu', 'Sumber daya', 'Indikator', 'Status'];
const AGREED = '✓ Disepakati';

describe('the DOCX report', () => {
  let fixture: ReportFixture;
  let response: Response;
  let docx: WordDocument;

  beforeAll(async () => {
    fixture = await buildReportFixture();
    const download = await fixture.download({ format: 'docx' });
    response = download.response;
    docx = await readDocx(download.buffer);
  });
  afterAll(() => fixture.close());

  const tablesWithHeader = (header: string[]) => docx.tables.filter((table) => table.rows[0]?.cells.join('|') === header.join('|'));
  const body = (table: WordTable) => table.rows.slice(1).map((row) => row.cells);

  it('is a Word attachment', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="rapat-iat_laporan_id_\d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''rapat-iat_laporan_id_\d{4}-\d{2}-\d{2}\.docx$/,
    );
  });

  it('opens with the event, its date and time zone, the place and the registered devices per group without names', () => {
    expect(docx.paragraphs[0]).toBe('Rapat IAT');
    expect(docx.paragraphs).toContain('Tanggal: 21 Juli 2027 (WITA)');
    expect(docx.paragraphs).toContain('Tempat: Sanur');
    expect(docx.paragraphs).toContain('Kelompok: NTT, Jawa');
    expect(docx.paragraphs.some((text) => /^Dibuat: \d{1,2} \w+ \d{4} \d{2}\.\d{2} WITA$/.test(text))).toBe(true);
    expect(docx.paragraphs).toContain('Perangkat terdaftar: 5');
    const [participants] = tablesWithHeader(['Kelompok', 'Perangkat terdaftar']);
    expect(body(participants!)).toEqual([['NTT', '3'], ['Jawa', '2'], ['Jumlah', '5']]);
  });

  it('explains the method in a generated paragraph', () => {
    const method = docx.paragraphs.find((text) => text.startsWith('Peserta dibagi ke dalam 2 kelompok berdasarkan wilayah (NTT, Jawa)'));
    expect(method).toContain('seluruh masukan bersifat anonim');
    expect(method).toContain('Sebanyak 5 perangkat peserta bergabung');
    expect(method).toContain('dihitung per perangkat yang bergabung ke kelompok dengan kode, bukan per orang');
  });

  it('gives every region a challenge table and an RTL table whose header rows repeat on each page', () => {
    const challengeTables = tablesWithHeader(CHALLENGE_HEADER);
    const rtlTables = tablesWithHeader(RTL_HEADER);
    expect(challengeTables).toHaveLength(2);
    expect(rtlTables).toHaveLength(2);
    for (const table of [...challengeTables, ...rtlTables]) {
      expect(table.rows[0]!.header).toBe(true);
      expect(table.rows.slice(1).every((row) => !row.header)).toBe(true);
    }
    expect(docx.xml.match(/<w:tblHeader\/>/g)!.length).toBe(docx.tables.length);
  });

  it('shows votes per card, ranks them within the group (ties share a rank, no votes no rank) and marks agreed cards', () => {
    const [ntt, jawa] = tablesWithHeader(CHALLENGE_HEADER);
    expect(body(ntt!)).toEqual([
      ['1', TEXT.recruit, 'Daring/teknologi', AGREED, '4', '1'],
      ['2', TEXT.formula, '', 'Draf', '1', '2'],
      ['3', TEXT.data, 'Kemitraan/koordinasi', 'Draf', '1', '2'],
      ['4', TEXT.quiet, '', 'Draf', '0', ''],
    ]);
    expect(body(jawa!)).toEqual([['1', TEXT.broker, 'Pencegahan', 'Draf', '2', '1']]);
  });

  it('lists action steps with the challenges they answer by number', () => {
    const [ntt, jawa] = tablesWithHeader(RTL_HEADER);
    expect(body(ntt!)).toEqual([
      ['1', TEXT.train, '1', 'Dinas Pendidikan', '+62 jaringan', '3–6 bulan', 'Anggaran BOS', '50 guru terlatih', AGREED],
      ['2', TEXT.socializeNtt, '3', '', '', '', '', '', 'Draf'],
    ]);
    expect(body(jawa!)).toEqual([['1', TEXT.socializeJawa, '', '', '', '', '', '', 'Draf']]);
  });

  it('summarises across regions: categories per region, the most voted challenges and shared action steps', () => {
    const [categories] = tablesWithHeader(['Kategori', 'NTT', 'Jawa', 'Jumlah']);
    expect(body(categories!)).toContainEqual(['Daring/teknologi', '1', '0', '1']);
    expect(body(categories!)).toContainEqual(['Pencegahan', '0', '1', '1']);
    expect(body(categories!).at(-1)).toEqual(['(tanpa kategori)', '2', '0', '2']);
    const [top] = tablesWithHeader(['Peringkat', 'Kelompok', 'Tantangan', 'Kategori', 'Suara', 'Suara per perangkat']);
    expect(body(top!)).toEqual([
      ['1', 'NTT', TEXT.recruit, 'Daring/teknologi', '4', '1,33'],
      ['2', 'Jawa', TEXT.broker, 'Pencegahan', '2', '1,00'],
      ['3', 'NTT', TEXT.formula, '', '1', '0,33'],
      ['3', 'NTT', TEXT.data, 'Kemitraan/koordinasi', '1', '0,33'],
    ]);
    expect(docx.paragraphs.some((text) => text.startsWith('Peringkat menurut jumlah suara mentah di seluruh wilayah'))).toBe(true);
    expect(docx.paragraphs).toContainEqual(expect.stringContaining('Semua 4 tantangan yang mendapat suara ditampilkan.'));
    const [shared] = tablesWithHeader(['No', 'Langkah', 'Wilayah']);
    expect(body(shared!)).toEqual([['1', TEXT.socializeNtt, 'NTT, Jawa']]);
    expect(docx.paragraphs.some((text) => text.includes('paling sedikit separuh dari kata pentingnya sama'))).toBe(true);
  });

  it('annexes the agreed cards, and only those, after the sections of the laporan in order', () => {
    const [annex] = tablesWithHeader(['No', 'Kelompok', 'Jenis', 'Teks', 'Suara']);
    expect(body(annex!)).toEqual([
      ['1', 'NTT', 'Tantangan', TEXT.recruit, '4'],
      ['2', 'NTT', 'Langkah', TEXT.train, '1'],
    ]);
    expect(docx.headings).toEqual([
      { style: 'Title', text: 'Rapat IAT' },
      { style: 'Heading1', text: 'Pendahuluan' },
      { style: 'Heading1', text: 'Metode' },
      { style: 'Heading1', text: 'NTT' },
      { style: 'Heading1', text: 'Jawa' },
      { style: 'Heading1', text: 'Ringkasan lintas wilayah' },
      { style: 'Heading2', text: 'Tantangan menurut kategori dan wilayah' },
      { style: 'Heading2', text: 'Tantangan dengan suara terbanyak' },
      { style: 'Heading2', text: 'Langkah yang muncul di beberapa wilayah' },
      { style: 'Heading2', text: 'Tema lintas wilayah' },
      { style: 'Heading1', text: 'Lampiran: kartu yang disepakati' },
    ]);
  });
});
