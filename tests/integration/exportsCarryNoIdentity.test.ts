import { EXPORT_FORMATS, formatJoinCode } from '@rembuk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readableText } from '../support/exportReaders.js';
import { buildReportFixture, PSEUDONYM, TEXT, type ReportFixture } from '../support/reportFixture.js';

describe('identities in exports', () => {
  let fixture: ReportFixture;

  beforeAll(async () => {
    fixture = await buildReportFixture();
  });
  afterAll(() => fixture.close());

  it('carry no pseudonym, Yjs client id, ticket, device id, key or join code in any format or language', async () => {
    const { reply } = fixture;
    const forbidden = [PSEUDONYM, reply.organizerKey, reply.event.joinCode, reply.event.joinCode.replace('-', ''),
      formatJoinCode(reply.event.joinCode), ...fixture.clientIds, ...fixture.secrets];
    for (const format of EXPORT_FORMATS) {
      for (const query of [{}, { lang: 'both', includeNotForScreen: 'true' }] as Record<string, string>[]) {
        const content = await readableText(format, (await fixture.download({ format, ...query })).buffer);
        expect(content, format).toContain(TEXT.recruit);
        for (const value of forbidden) expect(content.includes(value), `${format} carries ${value}`).toBe(false);
        expect(content.toLowerCase(), format).not.toMatch(/pseudonym|clientid|deviceid|ticket/);
      }
    }
  });

  it('count participants per group without listing them', async () => {
    const json = JSON.parse((await fixture.download({ format: 'json' })).buffer.toString('utf8')) as {
      groups: Record<string, unknown>[];
    };
    expect(json.groups.map((group) => group.participants)).toEqual([3, 2]);
    for (const group of json.groups) expect(Object.keys(group).sort()).toEqual(['actions', 'challenges', 'id', 'name', 'participants']);
  });
});
