import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx, type Sheet, type SheetCell } from '../support/exportReaders.js';
import { buildReportFixture, TEXT, type ReportFixture } from '../support/reportFixture.js';

const HEADER = ['No', 'Jenis', 'Teks', 'Kategori', 'Cakupan', 'Status', 'Menjawab tantangan', 'Penanggung jawab', 'Mitra',
  'Waktu', 'Sumber daya', 'Indikator', 'Langkah pertama (30 hari)', 'Suara', 'Prioritas', 'Tidak untuk layar'];

describe('the XLSX export', () => {
  let fixture: ReportFixture;
  let response: Response;
  let sheets: Sheet[];

  beforeAll(async () => {
    fixture = await buildReportFixture();
    const download = await fixture.download({ format: 'xlsx' });
    response = download.response;
    sheets = (await readXlsx(download.buffer)).sheets;
  });
  afterAll(() => fixture.close());

  const sheet = (name: string) => sheets.find((candidate) => candidate.name === name)!;
  const values = (cells: (SheetCell | undefined)[] | undefined) => (cells ?? []).map((cell) => cell?.value ?? null);
  /** The row of a card, as a map from header to cell. */
  const row = (name: string, text: string) => {
    const { rows } = sheet(name);
    const header = values(rows[0]) as string[];
    const found = rows.find((cells) => cells.some((cell) => cell?.value === text));
    if (!found) throw new Error(`no row with ${text} in ${name}`);
    return Object.fromEntries(header.map((label, index) => [label, found[index]]));
  };

  it('is an Excel attachment', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="rapat-iat_laporan_id_\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=/);
  });

  it('prints every sheet on A4 landscape, one page wide, with the header row on every page', () => {
    for (const { name, print } of sheets) {
      expect(print).toEqual({ orientation: 'landscape', paperSize: '9', fitToWidth: '1', fitToHeight: '0', fitToPage: true,
        titles: `'${name}'!$1:$1` });
    }
  });

  it('has a combined sheet "Semua", one sheet per region and the themes sheet, each with a frozen header row', () => {
    expect(sheets.map((candidate) => candidate.name)).toEqual(['Semua', 'NTT', 'Jawa', 'Tema lintas wilayah']);
    for (const { pane } of sheets) expect(pane).toMatchObject({ state: 'frozen', ySplit: '1', topLeftCell: 'A2' });
    expect(values(sheet('NTT').rows[0])).toEqual(HEADER);
    expect(values(sheet('Semua').rows[0])).toEqual(['Kelompok', ...HEADER]);
  });

  it('puts every reported card of a region on its sheet, and all of them on "Semua"', () => {
    const texts = (name: string, column: number) => sheet(name).rows.slice(1).map((cells) => cells[column]?.value);
    expect(texts('NTT', 2)).toEqual([TEXT.recruit, TEXT.formula, TEXT.data, TEXT.quiet, TEXT.train, TEXT.socializeNtt]);
    expect(texts('Jawa', 2)).toEqual([TEXT.broker, TEXT.socializeJawa]);
    expect(texts('Semua', 3)).toEqual([...texts('NTT', 2), ...texts('Jawa', 2)]);
    expect(texts('Semua', 0)).toEqual([...Array<string>(6).fill('NTT'), 'Jawa', 'Jawa']);
  });

  it('stores numbers as numbers: card numbers, votes and priorities', () => {
    const recruit = row('NTT', TEXT.recruit);
    expect(recruit['No']).toMatchObject({ type: 'n', value: 1 });
    expect(recruit['Suara']).toMatchObject({ type: 'n', value: 4 });
    expect(recruit['Prioritas']).toMatchObject({ type: 'n', value: 1 });
    expect(row('NTT', TEXT.data)['Prioritas']).toMatchObject({ type: 'n', value: 2 });
    expect(row('NTT', TEXT.quiet)['Suara']).toMatchObject({ type: 'n', value: 0 });
    expect(row('NTT', TEXT.quiet)['Prioritas']).toBeUndefined();
    expect(row('Semua', TEXT.broker)['Suara']).toMatchObject({ type: 'n', value: 2 });
  });

  it('stores text that looks like a formula as text in text-formatted cells, never as a formula', () => {
    const formula = row('NTT', TEXT.formula)['Teks']!;
    expect(formula).toEqual({ type: 's', value: TEXT.formula, formula: null });
    expect(row('NTT', TEXT.train)['Mitra']).toEqual({ type: 's', value: '+62 jaringan', formula: null });
    for (const { rows } of sheets) for (const cells of rows) for (const cell of cells) expect(cell?.formula ?? null).toBeNull();
    const ntt = sheet('NTT');
    const ref = `C${ntt.rows.findIndex((cells) => cells[2]?.value === TEXT.formula) + 1}`;
    expect(ntt.cellFormats.get(ref)).toBe('@');
    expect(row('NTT', TEXT.train)['Waktu']).toMatchObject({ type: 's', value: '3–6 bulan' });
    expect(row('NTT', TEXT.recruit)['Status']).toMatchObject({ value: 'Disepakati' });
  });
});
