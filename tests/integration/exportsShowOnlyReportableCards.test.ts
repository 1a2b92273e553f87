import { EXPORT_FORMATS } from '@rembuk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readableText, readDocx } from '../support/exportReaders.js';
import { buildReportFixture, TEXT, type ReportFixture } from '../support/reportFixture.js';

describe('cards in exports', () => {
  let fixture: ReportFixture;

  beforeAll(async () => {
    fixture = await buildReportFixture();
  });
  afterAll(() => fixture.close());

  const text = async (format: string, query: Record<string, string> = {}) => {
    const { response, buffer } = await fixture.download({ format, ...query });
    expect(response.status).toBe(200);
    return readableText(format, buffer);
  };

  it('never include hidden cards, with or without the not-for-screen flag', async () => {
    for (const format of EXPORT_FORMATS) {
      for (const query of [{}, { includeNotForScreen: 'true' }] as Record<string, string>[]) {
        const content = await text(format, query);
        expect(content, format).toContain(TEXT.broker);
        expect(content, format).not.toContain(TEXT.hidden);
      }
    }
  });

  it('leave out cards marked "not for screen" unless the organizer asks for them', async () => {
    for (const format of EXPORT_FORMATS) {
      expect(await text(format), format).not.toContain(TEXT.secret);
      expect(await text(format, { includeNotForScreen: 'false' }), format).not.toContain(TEXT.secret);
      expect(await text(format, { includeNotForScreen: 'true' }), format).toContain(TEXT.secret);
    }
  });

  it('mark a not-for-screen card in the report when it is included', async () => {
    const docx = await readDocx((await fixture.download({ format: 'docx', includeNotForScreen: 'true' })).buffer);
    const rows = docx.tables.flatMap((table) => table.rows.map((row) => row.cells));
    expect(rows).toContainEqual(['4', `${TEXT.secret} [tidak untuk layar]`, '', 'Draf', '0', '']);
    const json = JSON.parse((await fixture.download({ format: 'json', includeNotForScreen: 'true' })).buffer.toString('utf8')) as {
      includesNotForScreen: boolean;
      groups: { challenges: { text: string; notForScreen: boolean }[] }[];
    };
    expect(json.includesNotForScreen).toBe(true);
    expect(json.groups[0]!.challenges.find((card) => card.text === TEXT.secret)?.notForScreen).toBe(true);
  });

  it('show a merged duplicate only through the card it was merged into, which carries its votes', async () => {
    for (const format of EXPORT_FORMATS) expect(await text(format, { includeNotForScreen: 'true' }), format).not.toContain(TEXT.duplicate);
    const json = JSON.parse((await fixture.download({ format: 'json' })).buffer.toString('utf8')) as {
      groups: { challenges: { id: string; votes: number; priority: number | null }[] }[];
    };
    const ntt = json.groups[0]!.challenges;
    expect(ntt.map((card) => card.id)).not.toContain(fixture.cards.duplicate);
    expect(ntt.find((card) => card.id === fixture.cards.recruit)).toMatchObject({ votes: 4, priority: 1 });
  });
});
