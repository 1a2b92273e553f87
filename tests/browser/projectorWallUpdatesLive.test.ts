import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccessKey, createTestEvent } from '../support/testServer.js';
import { seedWallEvent } from '../support/wallFixture.js';
import { PATIENCE, joinGroup, useBrowserSuite } from './browserHarness.js';
import { TrafficRecorder } from './sameOrigin.js';

/** Screenshots land here for people to look at (git-ignored); the docs keep the ones worth keeping. */
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

const FULL_HD = { viewport: { width: 1920, height: 1080 } };
const HD = { viewport: { width: 1280, height: 720 } };

/** The wall must never scroll: nothing may stick out of the screen, at the page or inside a tile. */
async function overflow(page: Page): Promise<{ page: boolean; clipped: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const wall = document.querySelector('.wall');
    return {
      page: root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1 || (wall ? wall.scrollHeight > wall.clientHeight + 1 : false),
      // Tiles may cut their last line (they say "+N more"), but a heading never leaves its tile.
      clipped: [...document.querySelectorAll('.wall-group-head')].filter((head) => {
        const tile = head.closest('.wall-tile, .wall-spotlight');
        return tile ? head.getBoundingClientRect().bottom > tile.getBoundingClientRect().bottom + 1 : false;
      }).length,
    };
  });
}

describe('the projector wall', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('shows a card a participant adds, live, with the action that answers it, in Indonesian or English', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk layar', groups: ['NTT', 'Jawa', 'Sumatera'] });
    const { event } = created;
    const projectorKey = await createAccessKey(suite.server.url, created, { role: 'projector' });
    const traffic = new TrafficRecorder();

    const wall = traffic.record(await pool.page(HD));
    await wall.goto(`${suite.server.url}/p/${event.id}#key=${encodeURIComponent(projectorKey.secret)}&join=${event.joinCode}`);
    const ntt = wall.getByTestId('wall-group').filter({ hasText: 'NTT' });
    await expect.poll(() => wall.getByTestId('wall-group').count(), PATIENCE).toBe(3);
    expect(await ntt.getByTestId('wall-counts').textContent()).toContain('0 tantangan');
    // Latecomers read where to join on every view.
    expect(await wall.getByTestId('wall-join-hint').textContent()).toBe(`Gabung: ${new URL(suite.server.url).host}/j/${event.joinCode}`);

    const phone = traffic.record(await pool.page());
    await joinGroup(phone, suite.server, event, 'NTT', 'Ani');
    await phone.getByTestId('add-challenge').click();
    await phone.keyboard.type('Calo menjemput calon PMI di pelabuhan');
    await expect.poll(() => ntt.locator('.wall-challenge-text').allTextContents(), PATIENCE).toEqual(['Calo menjemput calon PMI di pelabuhan']);
    expect(await ntt.getByTestId('wall-counts').textContent()).toContain('1 tantangan');

    await phone.getByTestId('add-action').click();
    await phone.keyboard.type('Pos pengaduan di pelabuhan');
    const action = phone.getByTestId('column-action').getByTestId('card').first();
    await action.getByTestId('card-details-toggle').click();
    await action.getByRole('checkbox', { name: /#1/ }).check();
    await expect.poll(() => ntt.getByTestId('wall-action').allTextContents(), PATIENCE).toEqual(['Pos pengaduan di pelabuhan']);

    // Other groups are untouched; the labels switch language on the spot.
    expect(await wall.getByTestId('wall-group').filter({ hasText: 'Jawa' }).getByTestId('wall-challenge').count()).toBe(0);
    await wall.mouse.move(600, 300);
    await wall.getByTestId('wall-controls').getByTestId('language-en').click();
    await expect.poll(() => ntt.getByTestId('wall-counts').textContent(), PATIENCE).toContain('1 challenge');
    expect((await overflow(wall)).page).toBe(false);

    // The chart follows the boards too: a second challenge makes a second bar segment.
    await wall.keyboard.press('k');
    const chart = wall.getByTestId('chart-challenges');
    await expect.poll(() => chart.getAttribute('data-total'), PATIENCE).toBe('1');
    await phone.getByTestId('add-challenge').click();
    await phone.keyboard.type('Desa belum punya data warga yang merantau');
    await expect.poll(() => chart.getAttribute('data-total'), PATIENCE).toBe('2');

    // Board, projector: their own origin only.
    expect(traffic.foreign(suite.server.url)).toEqual([]);
    expect(traffic.violations).toEqual([]);
  });

  it('speaks the event’s language until someone at the laptop picks another', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'ASEAN session', language: 'en', groups: ['Mekong', 'Maritime'] });
    const projectorKey = await createAccessKey(suite.server.url, created, { role: 'projector' });
    const wall = await pool.page(HD);
    await wall.goto(`${suite.server.url}/p/${created.event.id}#key=${encodeURIComponent(projectorKey.secret)}`);
    await expect.poll(() => wall.getByTestId('wall-counts').first().textContent(), PATIENCE).toBe('0 challenges0 actions');
    // Opened without the join code, the wall has no join address to show.
    expect(await wall.getByTestId('wall-join-hint').count()).toBe(0);
  });

  it('opens from a facilitator’s dashboard with the facilitator’s own key, for every group', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk fasilitator', groups: ['NTT', 'Jawa'] });
    const ntt = created.event.groups[0]!;
    const facilitatorKey = await createAccessKey(suite.server.url, created, { role: 'facilitator', groupIds: [ntt.id] });
    const dashboard = await pool.page();
    await dashboard.goto(`${suite.server.url}/f/${created.event.id}#key=${encodeURIComponent(facilitatorKey.secret)}&join=${created.event.joinCode}`);
    await dashboard.getByTestId('dashboard-title').waitFor();
    const [wall] = await Promise.all([dashboard.context().waitForEvent('page'), dashboard.getByTestId('dashboard-to-wall').click()]);
    await expect.poll(() => wall.getByTestId('wall-group').count(), PATIENCE).toBe(2);
    expect(await wall.getByTestId('wall-join-hint').textContent()).toContain(created.event.joinCode);
  });

  it('fits eight busy groups on 1920×1080 and 1280×720, cycles and spotlights groups, and charts categories live', async () => {
    const { reply, projectorKey } = await seedWallEvent(suite.server, async (created) =>
      (await createAccessKey(suite.server.url, created, { role: 'projector' })).secret,
    );
    const { event } = reply;
    mkdirSync(SCREENSHOTS, { recursive: true });
    const url = `${suite.server.url}/p/${event.id}#key=${encodeURIComponent(projectorKey)}&join=${event.joinCode}`;

    for (const [size, options] of [['1920', FULL_HD], ['1280', HD]] as const) {
      const wall = await pool.page(options);
      await wall.goto(url);
      // Eight tiles with as many of their top challenges as fit; the rest are counted, not dropped.
      await expect.poll(() => wall.getByTestId('wall-group').count(), PATIENCE).toBe(8);
      await expect.poll(() => wall.locator('[data-testid="wall-challenge"]:visible').count(), PATIENCE).toBeGreaterThanOrEqual(8);
      expect(await wall.locator('.wall-more').count()).toBeGreaterThan(0);
      // Revealed votes rank a group's challenges above agreement: in Bali–NTB the fixture gave the last card written
      // three dots, the first two, and agreed the second.
      const bali = wall.getByTestId('wall-group').filter({ hasText: 'Bali–NTB' });
      expect(await bali.locator('[data-testid="wall-challenge"]:visible .wall-challenge-text').allTextContents()).toEqual([
        'Pemulangan korban tanpa pendampingan psikososial',
        'Anggaran layanan penyintas di daerah sangat kecil',
      ]);
      expect(await bali.locator('[data-testid="wall-challenge"]:visible [data-testid="wall-votes"]').allTextContents()).toEqual(['3 suara', '2 suara']);
      expect(await overflow(wall)).toEqual({ page: false, clipped: 0 });
      // The controls fade out a few seconds after the page opens; keys do not bring them back.
      await wall.locator('.wall-controls:not(.wall-controls--visible)').waitFor({ state: 'attached' });
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-all-${size}.png`), animations: 'disabled' });

      await wall.keyboard.press('ArrowRight');
      await expect.poll(() => wall.getByTestId('wall-spotlight').getAttribute('data-group-id'), PATIENCE).toBe(event.groups[0]!.id);
      expect(new URL(wall.url()).search).toBe(`?view=group&group=${event.groups[0]!.id}`);
      expect(await wall.getByTestId('wall-other-actions').textContent()).toContain('Forum koordinasi bulanan antar dinas');
      expect(await overflow(wall)).toEqual({ page: false, clipped: 0 });
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-group-${size}.png`), animations: 'disabled' });
      // The busiest group (six challenges) still fits.
      for (let step = 0; step < 4; step += 1) await wall.keyboard.press('ArrowRight');
      await expect.poll(() => wall.getByTestId('wall-spotlight').getAttribute('data-group-id'), PATIENCE).toBe(event.groups[4]!.id);
      expect(await wall.getByTestId('wall-spotlight').getByTestId('wall-challenge').count()).toBe(6);
      expect(await overflow(wall)).toEqual({ page: false, clipped: 0 });
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-group-busy-${size}.png`), animations: 'disabled' });

      await wall.keyboard.press('k');
      const chart = wall.getByTestId('chart-challenges-canvas');
      await chart.waitFor();
      // Chart.js drew the bars: the canvas holds colour, not just the dark background.
      await expect.poll(() => chart.evaluate((canvas) => {
        if (!(canvas instanceof HTMLCanvasElement)) return 0;
        const context = canvas.getContext('2d');
        const pixels = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
        let coloured = 0;
        for (let index = 0; index < pixels.length; index += 4) if (Math.abs((pixels[index] ?? 0) - (pixels[index + 2] ?? 0)) > 60) coloured += 1;
        return coloured;
      }), PATIENCE).toBeGreaterThan(1_000);
      expect(await wall.getByTestId('chart-votes').count()).toBe(1);
      expect(await overflow(wall)).toEqual({ page: false, clipped: 0 });
      // Chart.js animates its bars for 0.4 s (in script: `animations: 'disabled'` stops CSS only).
      await wall.waitForTimeout(500);
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-chart-${size}.png`), animations: 'disabled' });

      await wall.keyboard.press('c');
      await expect.poll(() => wall.getByTestId('wall-spotlight').getAttribute('data-group-id'), PATIENCE).toBe(event.groups[0]!.id);
      expect(await wall.getByTestId('wall-cycle').locator('.wall-cycle-dot').count()).toBe(8);

      await wall.keyboard.press('j');
      await wall.getByTestId('join-screen').waitFor();
      expect(await overflow(wall)).toEqual({ page: false, clipped: 0 });
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-join-${size}.png`), animations: 'disabled' });
    }
  });
});
