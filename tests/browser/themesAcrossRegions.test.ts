/**
 * Themes across regions, end to end in Debian's Chromium: the lead facilitator's panel on the dashboard, the
 * decisions on it, and the wall's "Tema lintas wilayah" view, which shows approved themes only. Needs the built
 * client and server (`pnpm --filter @rembuk/client run build`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccessKey } from '../support/testServer.js';
import { seedThemesEvent } from '../support/themesFixture.js';
import { seriousViolations } from './axe.js';
import { PATIENCE, useBrowserSuite } from './browserHarness.js';

/** Screenshots for people to look at (git-ignored); the ones worth keeping are copied to docs/screenshots. */
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const FULL_HD = { viewport: { width: 1920, height: 1080 } };
const HD = { viewport: { width: 1280, height: 720 } };
/** Themes are recomputed a second or two after boards change: longer than PATIENCE on a busy machine. */
const RECOMPUTED = { timeout: 20_000 } as const;

/** Nothing may stick out of the wall's screen. */
async function wallOverflows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const wall = document.querySelector('.wall');
    return root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1 || (wall ? wall.scrollHeight > wall.clientHeight + 1 : false);
  });
}

describe('themes across regions', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('are approved by the lead facilitator and reach the wall; a dismissed theme never does', async () => {
    const { reply } = await seedThemesEvent(suite.server);
    const { event } = reply;
    const lead = await createAccessKey(suite.server.url, reply, { role: 'facilitator', label: 'Fasilitator utama' });
    const projector = await createAccessKey(suite.server.url, reply, { role: 'projector' });
    mkdirSync(SCREENSHOTS, { recursive: true });

    const dashboard = await pool.page(FULL_HD);
    await dashboard.goto(`${suite.server.url}/f/${event.id}#key=${encodeURIComponent(lead.secret)}&join=${event.joinCode}`);
    const panel = dashboard.getByTestId('themes-panel');
    await panel.waitFor(RECOMPUTED);
    // A theme several regions share: its regions are named, and its cards come from more than one group.
    const themes = panel.getByTestId('theme');
    await expect.poll(async () => {
      const counts = await themes.evaluateAll((items) => items.map((item) => item.querySelectorAll('[data-testid="theme-regions"] li').length));
      return Math.max(0, ...counts);
    }, RECOMPUTED).toBeGreaterThanOrEqual(3);
    const shared = themes.filter({ has: dashboard.locator('[data-testid="theme-regions"] li:nth-child(3)') }).first();
    const sharedId = await shared.getAttribute('data-theme-id');
    const sharedLabel = (await shared.getByTestId('theme-label').textContent()) ?? '';
    expect(sharedLabel.length).toBeGreaterThan(0);
    expect(await dashboard.getByTestId('themes-kind-action').textContent()).toMatch(/Langkah \d+/);

    // Approve it with the keyboard: focus the button, Enter.
    await shared.getByTestId('theme-approve').focus();
    await dashboard.keyboard.press('Enter');
    const approvedTheme = panel.locator(`[data-testid="theme"][data-theme-id="${sharedId}"]`);
    await expect.poll(() => approvedTheme.getAttribute('data-approved'), PATIENCE).toBe('true');
    // The new themes may arrive before the command's acknowledgement, which brings the words.
    await expect.poll(() => panel.getByTestId('themes-status').textContent(), PATIENCE).toBe('Tema tampil di layar.');

    // Rename it inline; a name over the limit is refused before it is sent.
    await approvedTheme.getByTestId('theme-rename').click();
    const input = approvedTheme.getByTestId('theme-rename-input');
    await input.fill('x'.repeat(121));
    expect(await approvedTheme.getByTestId('theme-rename-save').isDisabled()).toBe(true);
    expect(await approvedTheme.getByTestId('theme-rename-problem').textContent()).toContain('120');
    await input.fill('Perekrutan lewat media sosial');
    await input.press('Enter');
    await expect.poll(() => approvedTheme.getByTestId('theme-label').textContent(), PATIENCE).toBe('Perekrutan lewat media sosial');
    // Back on the Rename button once the server's acknowledgement closed the form.
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.getAttribute('data-testid')), PATIENCE).toBe('theme-rename');

    // Another theme is approved, then dismissed: it leaves the panel for the dismissed list.
    const other = panel.locator(`[data-testid="theme"]:not([data-theme-id="${sharedId}"])`).first();
    const otherId = await other.getAttribute('data-theme-id');
    await other.getByTestId('theme-approve').click();
    await expect.poll(() => panel.locator(`[data-theme-id="${otherId}"]`).getAttribute('data-approved'), PATIENCE).toBe('true');
    await panel.locator(`[data-theme-id="${otherId}"]`).getByTestId('theme-dismiss').click();
    await expect.poll(() => panel.locator(`[data-testid="theme"][data-theme-id="${otherId}"]`).count(), PATIENCE).toBe(0);
    expect(await panel.getByTestId('themes-dismissed').count()).toBe(1);

    // Every other theme goes on the screen, challenges and actions: what the plenary looks at.
    const approveAllShown = async () => {
      for (const id of await panel.getByTestId('theme').evaluateAll((items) => items.filter((item) => item.getAttribute('data-approved') !== 'true').map((item) => item.getAttribute('data-theme-id')))) {
        const theme = panel.locator(`[data-testid="theme"][data-theme-id="${id}"]`);
        await theme.getByTestId('theme-approve').click();
        await expect.poll(() => theme.getAttribute('data-approved'), PATIENCE).toBe('true');
      }
    };
    await approveAllShown();
    await dashboard.getByTestId('themes-kind-action').click();
    await approveAllShown();
    const approvedIds = new Set((await panel.getByTestId('theme').evaluateAll((items) => items.map((item) => item.getAttribute('data-theme-id')))));
    expect(approvedIds.size).toBeGreaterThan(0);
    await dashboard.getByTestId('themes-kind-challenge').click();
    for (const id of await panel.getByTestId('theme').evaluateAll((items) => items.map((item) => item.getAttribute('data-theme-id')))) approvedIds.add(id);

    expect(await seriousViolations(dashboard)).toEqual([]);
    await panel.screenshot({ path: resolve(SCREENSHOTS, 'dashboard-themes-1920.png'), animations: 'disabled' });

    for (const [size, options] of [['1920', FULL_HD], ['1280', HD]] as const) {
      const wall = await pool.page(options);
      await wall.goto(`${suite.server.url}/p/${event.id}?view=themes#key=${encodeURIComponent(projector.secret)}&join=${event.joinCode}`);
      const shown = wall.getByTestId('wall-theme');
      // Approved themes, and only those: the dismissed one never reaches the wall, though it was approved.
      await expect.poll(async () => new Set(await shown.evaluateAll((items) => items.map((item) => item.getAttribute('data-theme-id')))), RECOMPUTED).toEqual(approvedIds);
      expect(approvedIds.has(otherId)).toBe(false);
      const renamed = wall.locator(`[data-testid="wall-theme"][data-theme-id="${sharedId}"]`);
      expect(await renamed.getByTestId('wall-theme-label').textContent()).toBe('Perekrutan lewat media sosial');
      expect(await wall.getByTestId('wall-themes-challenge').count()).toBe(1);
      expect(await wall.getByTestId('wall-themes-action').count()).toBe(1);
      expect(await wallOverflows(wall)).toBe(false);
      // Read from the back of the room: the name is at least as large as a group's name in the spotlight.
      const labelPx = await renamed.getByTestId('wall-theme-label').evaluate((label) => parseFloat(getComputedStyle(label).fontSize));
      expect(labelPx).toBeGreaterThanOrEqual(options.viewport.height * 0.03);
      // axe with the controls shown (the new view's button among them), then once they have faded out: never
      // mid-fade, when their colours are neither.
      const controlsOpacity = () => wall.getByTestId('wall-controls').evaluate((controls) => getComputedStyle(controls).opacity);
      await wall.mouse.move(300 + Number(size) / 10, 300);
      await expect.poll(controlsOpacity, PATIENCE).toBe('1');
      expect(await seriousViolations(wall)).toEqual([]);
      await expect.poll(controlsOpacity, PATIENCE).toBe('0');
      expect(await seriousViolations(wall)).toEqual([]);
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-themes-${size}.png`), animations: 'disabled' });
    }

    // Taken off the screen on the dashboard, it leaves the wall live.
    const wall = await pool.page(HD);
    await wall.goto(`${suite.server.url}/p/${event.id}#key=${encodeURIComponent(projector.secret)}`);
    // The keys work once the wall is there (its page is a chunk of its own).
    await wall.getByTestId('wall-grid').waitFor(PATIENCE);
    await wall.keyboard.press('t');
    const onWall = wall.locator(`[data-testid="wall-theme"][data-theme-id="${sharedId}"]`);
    await onWall.waitFor(PATIENCE);
    expect(new URL(wall.url()).search).toBe('?view=themes');
    await approvedTheme.getByTestId('theme-approve').click();
    await expect.poll(() => approvedTheme.getAttribute('data-approved'), PATIENCE).toBe('false');
    await expect.poll(() => onWall.count(), PATIENCE).toBe(0);
    expect(await wall.getByTestId('wall-theme').count()).toBe(approvedIds.size - 1);
  });

  it('are merged, and their cards moved or split out, from the panel with menus only', async () => {
    const { reply } = await seedThemesEvent(suite.server, 'Rembuk keputusan tema');
    const { event } = reply;
    const lead = await createAccessKey(suite.server.url, reply, { role: 'facilitator' });
    const dashboard = await pool.page();
    await dashboard.goto(`${suite.server.url}/f/${event.id}#key=${encodeURIComponent(lead.secret)}&join=${event.joinCode}`);
    const panel = dashboard.getByTestId('themes-panel');
    const themes = panel.getByTestId('theme');
    await expect.poll(() => themes.count(), RECOMPUTED).toBeGreaterThanOrEqual(3);
    const ids = async () => themes.evaluateAll((items) => items.map((item) => item.getAttribute('data-theme-id') ?? ''));
    const theme = (id: string) => panel.locator(`[data-testid="theme"][data-theme-id="${id}"]`);
    /** Every card of a theme: past the first few, the list opens with "show all" (pressed once, never closed). */
    const cardIds = async (id: string) => {
      const more = theme(id).locator('[data-testid="theme-all-cards"][aria-expanded="false"]');
      if ((await more.count()) > 0) await more.click();
      return theme(id).getByTestId('theme-card').evaluateAll((items) => items.map((item) => item.getAttribute('data-card-id')));
    };
    const [first, second, third] = await ids();

    // Move: the first card of the second theme goes to the third.
    const moved = (await cardIds(second!))[0]!;
    const row = theme(second!).locator(`[data-testid="theme-card"][data-card-id="${moved}"]`);
    await row.getByTestId('theme-card-toggle').click();
    await row.getByTestId('theme-card-move-target').selectOption(third!);
    await row.getByTestId('theme-card-move').click();
    await expect.poll(() => cardIds(third!), PATIENCE).toContain(moved);
    await expect.poll(() => panel.getByTestId('themes-status').textContent(), PATIENCE).toBe('Kartu dipindahkan.');

    // Split: a card of the first theme becomes a theme of its own.
    const split = (await cardIds(first!)).at(-1)!;
    const splitRow = theme(first!).locator(`[data-testid="theme-card"][data-card-id="${split}"]`);
    await splitRow.getByTestId('theme-card-toggle').click();
    await splitRow.getByTestId('theme-card-split').click();
    await expect.poll(async () => {
      const own = await Promise.all((await ids()).map(async (id) => ({ id, cards: await cardIds(id) })));
      return own.some(({ id, cards }) => id !== first && cards.length === 1 && cards[0] === split);
    }, PATIENCE).toBe(true);

    // Merge: the third theme joins the first; the focus stays in the panel.
    await theme(third!).getByTestId('theme-merge-target').selectOption(first!);
    await theme(third!).getByTestId('theme-merge').click();
    await expect.poll(() => theme(third!).count(), PATIENCE).toBe(0);
    expect(await cardIds(first!)).toContain(moved);
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.closest('[data-testid="themes-panel"]') !== null), PATIENCE).toBe(true);
    expect(await seriousViolations(dashboard)).toEqual([]);
  });
});
