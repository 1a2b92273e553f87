/**
 * The export dialog's choice for themes across regions, in Debian's Chromium: approved themes only (the default),
 * or all with their state. The JSON download is read back as the organizer saves it. Needs the built client.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ThemesReply } from '@rembuk/shared';
import { commandOk, openControl } from '../support/controlClient.js';
import { eventually } from '../support/testServer.js';
import { seedThemesEvent } from '../support/themesFixture.js';
import { PATIENCE, useBrowserSuite } from './browserHarness.js';

interface ExportedThemes {
  themes?: { scope: string; items: { id: string; state: string }[] };
}

describe('an organizer downloads themes across regions', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('gets approved themes only by default, or every theme with its state when chosen', async () => {
    const { reply } = await seedThemesEvent(suite.server, 'Rembuk tema');
    const { event, organizerKey } = reply;
    let themes: ThemesReply | null = null;
    await eventually(async () => {
      const response = await fetch(`${suite.server.url}/api/events/${event.id}/themes`, { headers: { Authorization: `Bearer ${organizerKey}` } });
      themes = (await response.json()) as ThemesReply;
      expect(themes.themes.length).toBeGreaterThanOrEqual(3);
    }, 20_000);
    const [approved, dismissed] = themes!.themes;
    const organizer = await openControl(suite.server.url, { token: organizerKey, eventId: event.id });
    try {
      await commandOk(organizer, { type: 'approveTheme', themeId: approved!.id, approved: true });
      await commandOk(organizer, { type: 'dismissTheme', themeId: dismissed!.id, dismissed: true });
    } finally {
      organizer.disconnect();
    }

    const page = await pool.page();
    const queries: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('/export')) queries.push(url.search);
    });
    await page.goto(`${suite.server.url}/o/${event.id}#key=${organizerKey}`);
    const saveJson = async (): Promise<ExportedThemes> => {
      const [download] = await Promise.all([page.waitForEvent('download', PATIENCE), page.getByTestId('export-json').click()]);
      return JSON.parse(await readFile((await download.path())!, 'utf8')) as ExportedThemes;
    };

    expect(await page.getByTestId('export-themes-approved').isChecked()).toBe(true);
    const onlyApproved = await saveJson();
    expect(onlyApproved.themes?.scope).toBe('approved');
    expect(onlyApproved.themes?.items.map((theme) => theme.id)).toEqual([approved!.id]);

    await page.getByRole('radio', { name: 'Semua tema, dengan statusnya' }).check();
    expect(await page.getByTestId('export-urls').textContent()).toContain('themes=all');
    const all = await saveJson();
    expect(all.themes?.scope).toBe('all');
    const states = new Map(all.themes?.items.map((theme) => [theme.id, theme.state]));
    expect(states.get(approved!.id)).toBe('approved');
    expect(states.get(dismissed!.id)).toBe('dismissed');
    expect([...states.values()]).toContain('proposed');
    // The scan before the download and the download itself asked for the same themes.
    expect(queries.filter((query) => query.includes('format=json'))).toEqual([
      '?format=json',
      '?format=json',
      '?format=json&themes=all',
      '?format=json&themes=all',
    ]);
  });
});
