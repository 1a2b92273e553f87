import { addCard, type CreateEventReply } from '@rembuk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type PdfText } from '../support/exportReaders.js';
import { buildReportFixture, TEXT, type ReportFixture } from '../support/reportFixture.js';
import { connectBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually } from '../support/testServer.js';

/** A4 in points. */
const A4 = { width: 595.28, height: 841.89 };
const CHALLENGE_HEADER = 'No Tantangan Kategori Status Suara Prioritas';
const ROW = /^\d+ Tantangan nomor \d+ Draf 0$/;

describe('the PDF report', () => {
  let fixture: ReportFixture;
  let response: Response;
  let buffer: Buffer;
  let pdf: PdfText;

  beforeAll(async () => {
    fixture = await buildReportFixture();
    ({ response, buffer } = await fixture.download({ format: 'pdf' }));
    pdf = await readPdf(buffer);
  });
  afterAll(() => fixture.close());

  const lines = () => pdf.pages.flatMap((page) => page.lines);

  it('is an A4 PDF attachment with its fonts embedded, portrait but for the RTL pages', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="rapat-iat_laporan_id_\d{4}-\d{2}-\d{2}\.pdf"; filename\*=/);
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const page of pdf.pages) {
      const landscape = page.lines.some((line) => line.startsWith('No Langkah Menjawab'));
      expect(page.width).toBeCloseTo(landscape ? A4.height : A4.width, 0);
      expect(page.height).toBeCloseTo(landscape ? A4.width : A4.height, 0);
    }
    const raw = buffer.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSansCondensed/);
    expect(raw).not.toContain('Helvetica');
  });

  it('opens with the event, date and zone, place, registered devices and the method', () => {
    expect(lines()[0]).toBe('Rapat IAT');
    expect(lines()).toContain('Tanggal: 21 Juli 2027 (WITA)');
    expect(lines()).toContain('Tempat: Sanur');
    expect(lines()).toEqual(expect.arrayContaining(['Kelompok Perangkat terdaftar', 'NTT 3', 'Jawa 2', 'Jumlah 5']));
    expect(pdf.text).toContain('Peserta dibagi ke dalam 2 kelompok berdasarkan wilayah (NTT, Jawa)');
  });

  it('has each region’s challenge table with status, votes and priorities, and its RTL table', () => {
    expect(lines().filter((line) => line === CHALLENGE_HEADER)).toHaveLength(2);
    expect(lines()).toEqual(
      expect.arrayContaining([
        `1 ${TEXT.recruit} Daring/teknologi ✓ Disepakati 4 1`,
        `2 ${TEXT.formula} Draf 1 2`,
        `3 ${TEXT.data} Kemitraan/koordinasi Draf 1 2`,
        `4 ${TEXT.quiet} Draf 0`,
        `1 ${TEXT.broker} Pencegahan Draf 2 1`,
      ]),
    );
    expect(lines().filter((line) => /^No Langkah Menjawab Penanggung jawab Mitra Waktu Sumber daya Indikator Status$/.test(line))).toHaveLength(2);
    const train = lines().find((line) => line.startsWith('1 Latih guru BK'));
    expect(train).toMatch(/ 1 Dinas Pendidikan \+62 jaringan 3–6 bulan Anggaran BOS 50 guru terlatih ✓ Disepakati$/);
  });

  it('ends with the cross-region summary and the annex of agreed cards', () => {
    expect(lines()).toEqual(
      expect.arrayContaining([
        'Ringkasan lintas wilayah',
        'Kategori NTT Jawa Jumlah',
        'Daring/teknologi 1 0 1',
        `1 NTT ${TEXT.recruit} Daring/teknologi 4 1,33`,
        `1 ${TEXT.socializeNtt} NTT, Jawa`,
        'Lampiran: kartu yang disepakati',
        `1 NTT Tantangan ${TEXT.recruit} 4`,
        `2 NTT Langkah ${TEXT.train} 1`,
      ]),
    );
    const lastPage = pdf.pages.at(-1)!.lines;
    expect(lastPage.at(-1)).toMatch(new RegExp(`^Rapat IAT · Dibuat .* WITA · Halaman ${pdf.pages.length} / ${pdf.pages.length}$`));
  });

  describe('with a table longer than a page', () => {
    let reply: CreateEventReply;
    let long: PdfText;

    beforeAll(async () => {
      reply = await createTestEvent(fixture.server.url, { title: 'Rapat panjang', groups: ['NTT'] });
      const board = connectBoard(fixture.server.yjsUrl, reply.event.id, reply.event.groups[0]!.id, reply.organizerKey);
      await board.synced;
      for (let index = 1; index <= 90; index += 1) addCard(board.doc, { kind: 'challenge', text: `Tantangan nomor ${index}` });
      const url = `${fixture.server.url}/api/events/${reply.event.id}/export?format=pdf`;
      const headers = { Authorization: `Bearer ${reply.organizerKey}` };
      await eventually(async () => {
        long = await readPdf(Buffer.from(await (await fetch(url, { headers })).arrayBuffer()));
        expect(long.text).toContain('90 Tantangan nomor 90 Draf 0');
      });
      board.destroy();
    });

    it('repeats the header row at the top of every page the table runs over', () => {
      const pagesWithRows = long.pages.filter((page) => page.lines.some((line) => ROW.test(line)));
      expect(pagesWithRows.length).toBeGreaterThan(1);
      for (const page of pagesWithRows) {
        const header = page.lines.indexOf(CHALLENGE_HEADER);
        const firstRow = page.lines.findIndex((line) => ROW.test(line));
        expect(header).toBeGreaterThanOrEqual(0);
        expect(header).toBeLessThan(firstRow);
      }
      const numbers = long.pages.flatMap((page) => page.lines).flatMap((line) => /^(\d+) Tantangan nomor \1 Draf 0$/.exec(line)?.[1] ?? []);
      expect(numbers.map(Number)).toEqual(Array.from({ length: 90 }, (_, index) => index + 1));
    });
  });
});
