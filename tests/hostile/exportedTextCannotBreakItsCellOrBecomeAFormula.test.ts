import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, setActionField } from '@rembuk/shared';
import { readXlsx, type Sheet } from '../support/exportReaders.js';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

/** Card texts a participant can type or paste that break a Markdown table row on their own. */
const LINE_BREAKERS = {
  cr: 'Baris satu\rBaris dua',
  crlf: 'Baris tiga\r\nBaris empat',
  lineSeparator: 'Baris lima\u2028Baris enam',
  paragraphSeparator: 'Baris tujuh\u2029Baris delapan',
  nextLine: 'Baris sembilan\u0085Baris sepuluh',
} as const;

/** Texts a spreadsheet could run as a formula once it skips or folds what comes first. */
const FORMULAS = [
  '\n=HYPERLINK("http://evil","lf")',
  ' =HYPERLINK("http://evil","spasi")',
  '\u00a0=1+1',
  '\uFF1DHYPERLINK("http://evil","lebar")',
  '\uFF0B1+1',
  '\uFF0D1+1',
  '\uFF20SUM(A1)',
  '\u200B=1+1',
  '\uFEFF=1+1',
  '\u2060+1+1',
  '\t=1+1',
  '\r=1+1',
  ' \u200B\uFEFF @SUM(A1)',
];

/** Every way a Markdown reader or editor ends a line. */
const ANY_LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;

describe('exported card text', () => {
  let server: TestServer;
  let writer: BoardClient;
  let download: (format: string) => Promise<Buffer>;

  beforeAll(async () => {
    server = await startTestServer();
    const reply = await createTestEvent(server.url, { title: 'Rapat uji ekspor', groups: ['NTT'] });
    const groupId = reply.event.groups[0]!.id;
    writer = await joinBoard(server, reply.event, groupId);
    await writer.synced;
    for (const text of [...Object.values(LINE_BREAKERS), ...FORMULAS]) addCard(writer.doc, { kind: 'challenge', text });
    const action = addCard(writer.doc, { kind: 'action', text: 'Langkah' });
    setActionField(writer.doc, action, 'partners', '\uFF1D1+1');
    download = async (format) => {
      const response = await fetch(`${server.url}/api/events/${reply.event.id}/export?format=${format}`, {
        headers: { Authorization: `Bearer ${reply.organizerKey}` },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    await eventually(async () => expect((await download('json')).toString('utf8')).toContain('SUM(A1)'));
  });
  afterAll(async () => {
    writer.destroy();
    await server.close();
  });

  it('keeps each card on one Markdown table row, whatever line break its text holds', async () => {
    const lines = (await download('md')).toString('utf8').split(ANY_LINE_BREAK);
    for (const text of Object.values(LINE_BREAKERS)) {
      const [first = '', second = ''] = text.split(ANY_LINE_BREAK);
      const row = lines.find((line) => line.includes(first));
      expect(row, text).toBeDefined();
      expect(row).toContain(`${first}<br>${second}`);
      expect(row).toMatch(/^\|.*\|$/);
    }
    // A table row either is a whole row or is not in a table: no line holds the tail of a broken row.
    for (const line of lines) if (line.includes('Baris')) expect(line).toMatch(/^\| /);
  });

  it('gives every CSV cell that a spreadsheet could read as a formula its leading apostrophe', async () => {
    const csv = (await download('csv')).toString('utf8');
    for (const text of [...FORMULAS, '\uFF1D1+1']) {
      const quoted = `"'${text.replace(/"/g, '""')}"`;
      const bare = `'${text}`;
      expect(csv.includes(quoted) || csv.includes(`,${bare},`), JSON.stringify(text)).toBe(true);
    }
  });

  it('stores those texts in the XLSX as typed text, never as a formula', async () => {
    const { sheets } = await readXlsx(await download('xlsx'));
    const cells = sheets.flatMap((sheet: Sheet) => sheet.rows.flatMap((row) => row.flatMap((cell) => (cell ? [cell] : []))));
    for (const cell of cells) expect(cell.formula).toBeNull();
    for (const text of FORMULAS.filter((candidate) => !/^[\t\r\n]/.test(candidate))) {
      expect(cells.some((cell) => cell.type === 's' && cell.value === text), JSON.stringify(text)).toBe(true);
    }
  });
});
