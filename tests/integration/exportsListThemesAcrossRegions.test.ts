import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThemesReply, type Theme } from '@rembuk/shared';
import { commandOk, openControl } from '../support/controlClient.js';
import { readDocx, readPdf, readXlsx } from '../support/exportReaders.js';
import { buildReportFixture, TEXT, type ReportFixture } from '../support/reportFixture.js';
import { eventually } from '../support/testServer.js';

/**
 * The outcomes carry "Tema lintas wilayah / Themes across regions": the report fixture's two regions both wrote
 * "Sosialisasi migrasi aman … desa", which the server groups into one action theme. Each file is read back with
 * an independent reader (XML of the DOCX and XLSX, pdf.js for the PDF).
 */
describe('themes in the outcomes', () => {
  let fixture: ReportFixture;
  let socialize: Theme;

  beforeAll(async () => {
    fixture = await buildReportFixture();
    const { reply } = fixture;
    const themes = async () => {
      const response = await fetch(`${fixture.server.url}/api/events/${reply.event.id}/themes`, { headers: { Authorization: `Bearer ${reply.organizerKey}` } });
      return ThemesReply.parse(await response.json());
    };
    await eventually(async () => {
      const found = (await themes()).themes.find((theme) => theme.cards.some((card) => card.cardId === fixture.cards.socializeNtt));
      expect(found?.regions).toEqual([fixture.ntt, fixture.jawa]);
      socialize = found!;
    }, 15_000);
    const organizer = await openControl(fixture.server.url, { token: reply.organizerKey, eventId: reply.event.id });
    await commandOk(organizer, { type: 'renameTheme', themeId: socialize.id, label: 'Sosialisasi migrasi aman di desa-desa' });
    await commandOk(organizer, { type: 'approveTheme', themeId: socialize.id, approved: true });
    organizer.disconnect();
  }, 60_000);
  afterAll(() => fixture.close());

  it('has a themes section in the Word report: theme, regions, cards and votes, approved ones only by default', async () => {
    const { buffer, response } = await fixture.download({ format: 'docx' });
    expect(response.status).toBe(200);
    const word = await readDocx(buffer);
    expect(word.headings.map((heading) => heading.text)).toContain('Tema lintas wilayah');
    const table = word.tables.find((candidate) => candidate.rows[0]?.cells.includes('Tema'))!;
    expect(table.rows[0]!.cells).toEqual(['No', 'Tema', 'Jenis', 'Wilayah', 'Kartu', 'Suara']);
    expect(table.rows).toHaveLength(2);
    const [number, label, kind, regions, cards, votes] = table.rows[1]!.cells;
    expect([number, label, kind, regions, votes]).toEqual(['1', 'Sosialisasi migrasi aman di desa-desa', 'Langkah', 'NTT, Jawa', '0']);
    expect(cards).toContain(`${TEXT.socializeNtt} (NTT)`);
    expect(cards).toContain(`${TEXT.socializeJawa} (Jawa)`);
    // Only cards approved for the screen: the hidden and "not for screen" cards are in no theme.
    expect(word.xml).not.toContain(TEXT.hidden);
  });

  it('lists every theme with its state when the organizer asks for all, in English too', async () => {
    const { buffer } = await fixture.download({ format: 'docx', themes: 'all', lang: 'en' });
    const word = await readDocx(buffer);
    const table = word.tables.find((candidate) => candidate.rows[0]?.cells.includes('Theme'))!;
    expect(table.rows[0]!.cells).toEqual(['No', 'Theme', 'Kind', 'Regions', 'Cards', 'Votes', 'State']);
    const states = table.rows.slice(1).map((row) => row.cells[6]);
    expect(states).toContain('Approved for the screen');
    expect(states).toContain('Proposed');
    expect(table.rows.length).toBeGreaterThan(2);
  });

  it('has a themes sheet in the spreadsheet, one row per card', async () => {
    const { buffer } = await fixture.download({ format: 'xlsx' });
    const sheet = (await readXlsx(buffer)).sheets.find((candidate) => candidate.name === 'Tema lintas wilayah')!;
    const rows = sheet.rows.map((cells) => cells.map((cell) => cell?.value ?? null));
    expect(rows[0]).toEqual(['No', 'Tema', 'Jenis', 'Wilayah', 'Suara', 'Kelompok', 'Teks']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[3], row[5], row[6]])).toEqual([
      [1, 'Sosialisasi migrasi aman di desa-desa', 'NTT, Jawa', 'NTT', TEXT.socializeNtt],
      [1, 'Sosialisasi migrasi aman di desa-desa', 'NTT, Jawa', 'Jawa', TEXT.socializeJawa],
    ]);
  });

  it('has the themes in the PDF, the Markdown and the JSON', async () => {
    const pdf = await readPdf((await fixture.download({ format: 'pdf' })).buffer);
    expect(pdf.text).toContain('Tema lintas wilayah');
    // The theme's cell wraps in its column (a line of the PDF is a row's line across every column).
    const section = pdf.text.slice(pdf.text.indexOf('Tabel 9. Tema lintas wilayah'));
    expect(section).toMatch(/^1 Sosialisasi migrasi aman di.* Langkah NTT, Jawa .*Sosialisasi migrasi aman di desa \(NTT\);/m);
    const markdown = (await fixture.download({ format: 'md' })).buffer.toString('utf8');
    expect(markdown).toMatch(/## Tema lintas wilayah/);
    expect(markdown).toContain('| 1 | Sosialisasi migrasi aman di desa-desa | Langkah | NTT, Jawa |');
    const json = JSON.parse((await fixture.download({ format: 'json', themes: 'all' })).buffer.toString('utf8')) as {
      themes: { scope: string; items: { id: string; state: string; regions: string[]; cards: { cardId: string }[] }[] };
    };
    expect(json.themes.scope).toBe('all');
    expect(json.themes.items.find((theme) => theme.id === socialize.id)).toMatchObject({ state: 'approved', regions: [fixture.ntt, fixture.jawa] });
    expect(json.themes.items.some((theme) => theme.state === 'proposed')).toBe(true);
  });

  it('refuses an unknown themes option', async () => {
    const { response } = await fixture.download({ format: 'md', themes: 'some' });
    expect(response.status).toBe(400);
  });
});
