import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { commandOk, openControl } from '../support/controlClient.js';
import { createAccessKey, createTestEvent } from '../support/testServer.js';
import { seedWallEvent } from '../support/wallFixture.js';
import { seriousViolations } from './axe.js';
import { PATIENCE, PHONE, joinGroup, useBrowserSuite, waitUntilSynced } from './browserHarness.js';

/** Screenshots of the pages checked, for people to look at (git-ignored). */
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Pages as people reach them, each checked by axe-core once it shows what it is for. */
describe('every page', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;
  const report: Record<string, string[]> = {};
  const check = async (name: string, page: Page, screenshot?: string): Promise<void> => {
    report[name] = await seriousViolations(page);
    if (screenshot) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: resolve(SCREENSHOTS, `${screenshot}.png`), fullPage: true, animations: 'disabled' });
    }
  };

  it('has no serious or critical axe violation: join, boards, dashboard, organizer, projector views and QR sheet', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk aksesibel', groups: ['NTT (Nusa Tenggara Timur)', 'Jawa'] });
    const { event, organizerKey } = created;
    const facilitatorKey = await createAccessKey(suite.server.url, created, { role: 'facilitator', label: 'Fasilitator NTT' });

    const ani = await pool.page(PHONE);
    await ani.goto(`${suite.server.url}/j/${event.joinCode}`);
    await ani.getByTestId('join-page').waitFor();
    await check('join (information)', ani);
    await ani.getByTestId('join-info-continue').click();
    await check('join (group choice)', ani);
    await ani.getByRole('radio', { name: 'NTT (Nusa Tenggara Timur)', exact: true }).check();
    await ani.getByTestId('join-submit').click();
    await waitUntilSynced(ani);
    for (const text of ['Calo menjemput calon PMI di pelabuhan', 'Data warga yang merantau belum ada']) {
      await ani.getByTestId('add-challenge').click();
      await ani.keyboard.type(text);
    }
    await ani.getByTestId('tab-action').click();
    await ani.getByTestId('add-action').click();
    await ani.keyboard.type('Pos pengaduan di pelabuhan');
    await ani.getByTestId('tab-challenge').click();

    // Budi sees Ani's cards (someone else's menu) with his own.
    const budi = await pool.page(PHONE);
    await joinGroup(budi, suite.server, event, 'NTT (Nusa Tenggara Timur)', 'Budi');
    await expect.poll(() => budi.getByTestId('column-challenge').getByTestId('card').count(), PATIENCE).toBe(2);
    await budi.getByTestId('column-challenge').getByTestId('card').first().getByTestId('card-menu-toggle').click();
    await check('board (participant, with a card menu open)', budi);

    // A countdown runs; the facilitator hides a card on the board.
    const organizer = await openControl(suite.server.url, { token: organizerKey, eventId: event.id });
    try {
      await commandOk(organizer, { type: 'startTimer', scope: { kind: 'event' }, durationMs: 10 * 60_000, onZero: 'lock' });
    } finally {
      organizer.disconnect();
    }
    await budi.getByTestId('countdown').waitFor();
    await check('board (participant, countdown)', budi, 'board-phone');

    const facilitator = await pool.page();
    await facilitator.goto(`${suite.server.url}/f/${event.id}#key=${encodeURIComponent(facilitatorKey.secret)}&join=${event.joinCode}`);
    await facilitator.getByTestId('dashboard-row').first().waitFor();
    await check('facilitator dashboard', facilitator, 'facilitator-dashboard');
    await facilitator.getByTestId('dashboard-row').first().getByTestId('row-open-board').click();
    await waitUntilSynced(facilitator);
    const cards = facilitator.getByTestId('column-challenge').getByTestId('card');
    await cards.nth(1).getByTestId('card-moderation-toggle').click();
    await cards.nth(1).getByTestId('moderate-hide').click();
    await expect.poll(() => cards.nth(1).getAttribute('data-status'), PATIENCE).toBe('hidden');
    await check('board (facilitator, a hidden card)', facilitator, 'board-facilitator-hidden');

    for (const language of ['id', 'en'] as const) {
      const page = await pool.page();
      await page.goto(`${suite.server.url}/o/${event.id}#key=${encodeURIComponent(organizerKey)}`);
      await page.getByTestId('organizer-page').waitFor();
      if (language === 'en') await page.getByTestId('language-en').first().click();
      await page.getByTestId('key-list').waitFor();
      if (language === 'id') {
        // Two links made here: both stay on the page, the facilitator link is not replaced by the projector link.
        await page.getByTestId('facilitator-label').fill('Fasilitator Jawa');
        await page.getByRole('checkbox', { name: 'Jawa', exact: true }).check();
        await page.getByTestId('create-facilitator-link').click();
        await page.getByTestId('fresh-link').waitFor();
        await page.getByTestId('create-projector-link').click();
        await expect.poll(() => page.getByTestId('fresh-link').count(), PATIENCE).toBe(2);
        await page.reload();
        await expect.poll(() => page.getByTestId('fresh-link').count(), PATIENCE).toBe(2);
      }
      await check(`organizer (${language})`, page, `organizer-${language}`);
      if (language === 'id') {
        await page.getByTestId('open-qr-sheet').click();
        await page.getByTestId('qr-sheet').waitFor();
        await check('QR sheet', page);
      }
    }

    const { reply, projectorKey } = await seedWallEvent(suite.server, async (seeded) => (await createAccessKey(suite.server.url, seeded, { role: 'projector' })).secret);
    const wall = await pool.page({ viewport: { width: 1920, height: 1080 } });
    await wall.goto(`${suite.server.url}/p/${reply.event.id}#key=${encodeURIComponent(projectorKey)}&join=${reply.event.joinCode}`);
    await expect.poll(() => wall.getByTestId('wall-group').count(), PATIENCE).toBe(8);
    await check('projector: all groups', wall);
    await wall.keyboard.press('ArrowRight');
    await wall.getByTestId('wall-spotlight').waitFor();
    await check('projector: one group', wall);
    await wall.keyboard.press('k');
    await wall.getByTestId('chart-challenges-canvas').waitFor();
    await check('projector: chart', wall);
    await wall.keyboard.press('j');
    await wall.getByTestId('join-screen').waitFor();
    await check('projector: join screen', wall);

    console.log(`axe, serious and critical violations per page:\n${Object.entries(report).map(([page, found]) => `  ${page}: ${found.length === 0 ? 'none' : found.join('; ')}`).join('\n')}`);
    expect(report).toEqual(Object.fromEntries(Object.keys(report).map((page) => [page, []])));
  });
});
