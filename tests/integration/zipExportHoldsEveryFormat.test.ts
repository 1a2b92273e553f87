import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, readPdf, readXlsx, zipEntries } from '../support/exportReaders.js';
import { buildReportFixture, TEXT, type ReportFixture } from '../support/reportFixture.js';

describe('the ZIP export', () => {
  let fixture: ReportFixture;
  let response: Response;
  let entries: Map<string, Buffer>;

  beforeAll(async () => {
    fixture = await buildReportFixture();
    const download = await fixture.download({ format: 'zip' });
    response = download.response;
    entries = await zipEntries(download.buffer);
  });
  afterAll(() => fixture.close());

  const entry = (extension: string) => {
    const found = [...entries].find(([name]) => name.endsWith(`.${extension}`));
    if (!found) throw new Error(`no .${extension} in the ZIP`);
    return found[1];
  };

  it('is a ZIP attachment with one file of every other format, named like their downloads', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="rapat-iat_laporan_id_\d{4}-\d{2}-\d{2}\.zip"; filename\*=/);
    const names = [...entries.keys()].sort();
    expect(names.map((name) => name.split('.').pop())).toEqual(['csv', 'docx', 'json', 'md', 'pdf', 'xlsx']);
    for (const name of names) expect(name).toMatch(/^rapat-iat_laporan_id_\d{4}-\d{2}-\d{2}\.\w+$/);
  });

  it('holds files that each open and carry the same cards', async () => {
    expect(entry('md').toString('utf8')).toContain(`| 1 | ${TEXT.recruit} | Daring/teknologi | ✓ Disepakati | 4 | 1 |`);
    expect([...entry('csv').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(entry('csv').toString('utf8')).toContain(TEXT.broker);
    const json = JSON.parse(entry('json').toString('utf8')) as { format: string; groups: { challenges: { text: string; votes: number }[] }[] };
    expect(json.format).toBe('rembuk.event.v1');
    expect(json.groups[0]!.challenges[0]).toMatchObject({ text: TEXT.recruit, votes: 4, priority: 1 });
    const docx = await readDocx(entry('docx'));
    expect(docx.tables.some((table) => table.rows.some((row) => row.cells.includes(TEXT.recruit)))).toBe(true);
    const xlsx = await readXlsx(entry('xlsx'));
    expect(xlsx.sheets.map((sheet) => sheet.name)).toEqual(['Semua', 'NTT', 'Jawa', 'Tema lintas wilayah']);
    const pdf = await readPdf(entry('pdf'));
    expect(pdf.text).toContain(`1 ${TEXT.broker} Pencegahan Draf 2 1`);
  });
});
