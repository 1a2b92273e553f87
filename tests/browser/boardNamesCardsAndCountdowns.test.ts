import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { commandOk, openControl } from '../support/controlClient.js';
import { createTestEvent } from '../support/testServer.js';
import { PATIENCE, PHONE, joinGroup, useBrowserSuite, waitUntilSynced } from './browserHarness.js';

const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Every text the board's countdown showed, from now on, recorded in the page (a flash lasts a frame or two). */
async function recordCountdowns(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { countdownsSeen: string[] }).countdownsSeen = seen;
    const note = () => {
      const text = document.querySelector('[data-testid="countdown"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { countdownsSeen: string[] }).countdownsSeen);
}

describe('a board’s cards and countdown', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('names each card menu for what it holds, with the visible words first in its accessible name, and one numbering in every language', async () => {
    const { event, organizerKey } = await createTestEvent(suite.server.url, { title: 'Rembuk menu', groups: ['NTT'] });
    const [ani, budi] = await Promise.all([pool.page(PHONE), pool.page(PHONE)]);
    await joinGroup(ani, suite.server, event, 'NTT', 'Ani');
    await ani.getByTestId('add-challenge').click();
    await ani.keyboard.type('Calo di pelabuhan');
    await joinGroup(budi, suite.server, event, 'NTT', 'Budi');
    await budi.getByTestId('add-challenge').click();
    await budi.keyboard.type('Data warga perantau');

    const menuOf = async (page: Page, index: number) => {
      const toggle = page.getByTestId('column-challenge').getByTestId('card').nth(index).getByTestId('card-menu-toggle');
      await toggle.waitFor();
      return { text: await toggle.textContent(), name: await toggle.getAttribute('aria-label') };
    };
    await expect.poll(() => budi.getByTestId('column-challenge').getByTestId('card').count(), PATIENCE).toBe(2);
    // Someone else's card can be moved, not removed; one's own can be withdrawn.
    expect(await menuOf(budi, 0)).toEqual({ text: 'Urutan', name: 'Urutan #1' });
    expect(await menuOf(budi, 1)).toEqual({ text: 'Urutan & tarik', name: 'Urutan & tarik #2' });
    await budi.getByTestId('column-challenge').getByTestId('card').nth(0).getByTestId('card-menu-toggle').click();
    expect(await budi.getByTestId('card-menu').getByTestId('card-delete').count()).toBe(0);

    // Budi reads English, Ani Indonesian: the same card is #1 for both.
    await budi.getByTestId('language-en').first().click();
    expect(await menuOf(budi, 0)).toEqual({ text: 'Order', name: 'Order #1' });
    expect(await budi.getByTestId('column-challenge').locator('.card-number').allTextContents()).toEqual(['#1', '#2']);
    expect(await ani.getByTestId('column-challenge').locator('.card-number').allTextContents()).toEqual(['#1', '#2']);

    // Who moderates may delete any card, and the menu says so.
    const organizer = await pool.page();
    await organizer.goto(`${suite.server.url}/f/${event.id}#key=${encodeURIComponent(organizerKey)}&join=${event.joinCode}`);
    await organizer.getByTestId('dashboard-row').getByTestId('row-open-board').click();
    await waitUntilSynced(organizer);
    expect(await menuOf(organizer, 0)).toEqual({ text: 'Urutan & hapus', name: 'Urutan & hapus #1' });
  });

  it('shows a new countdown right from its first frame, and none once the group is closed', async () => {
    const { event, organizerKey } = await createTestEvent(suite.server.url, { title: 'Rembuk waktu', groups: ['NTT'] });
    const phone = await pool.page(PHONE);
    await joinGroup(phone, suite.server, event, 'NTT', 'Ani');
    const seen = await recordCountdowns(phone);
    // The board has been open a while when the facilitator starts the countdown: that time must not show in it.
    await phone.waitForTimeout(3_000);
    const organizer = await openControl(suite.server.url, { token: organizerKey, eventId: event.id });
    try {
      const scope = { kind: 'group', groupId: event.groups[0]!.id };
      await commandOk(organizer, { type: 'startTimer', scope, durationMs: 3 * 60_000, onZero: 'notify' });
      await phone.getByTestId('countdown').waitFor();
      await phone.waitForTimeout(1_200);
      const texts = await seen();
      expect(texts[0]).toMatch(/^Sisa (3:00|2:59)$/);
      expect(texts.every((text) => /^Sisa (3:00|2:5\d)$/.test(text))).toBe(true);

      await commandOk(organizer, { type: 'setPhase', scope, phase: 'closed' });
      await expect.poll(() => phone.getByTestId('session-phase').textContent(), PATIENCE).toBe('Ditutup');
      expect(await phone.getByTestId('countdown').count()).toBe(0);
      expect(await phone.getByTestId('session-banner').textContent()).not.toContain('Sisa');
    } finally {
      organizer.disconnect();
    }
  });

  it('keeps the last card and the add button clear of the offline banner when scrolled to the end', async () => {
    const { event } = await createTestEvent(suite.server.url, { title: 'Rembuk luring', groups: ['NTT'] });
    const phone = await pool.page(PHONE);
    await joinGroup(phone, suite.server, event, 'NTT', 'Ani');
    for (const text of ['Calo di pelabuhan', 'Data warga perantau', 'Anggaran kecil', 'Aparat desa belum paham UU TPPO']) {
      await phone.getByTestId('add-challenge').click();
      await phone.keyboard.type(text);
    }
    await phone.context().setOffline(true);
    await phone.getByTestId('connection-banner').waitFor();
    await phone.keyboard.type(' di desa');
    await phone.evaluate(() => window.scrollTo(0, document.scrollingElement?.scrollHeight ?? 0));
    const banner = await phone.getByTestId('connection-banner').boundingBox();
    const add = await phone.getByTestId('add-challenge').boundingBox();
    const lastCard = await phone.getByTestId('column-challenge').getByTestId('card').last().boundingBox();
    expect(banner && add && lastCard && Math.max(add.y + add.height, lastCard.y + lastCard.height) <= banner.y).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await phone.screenshot({ path: resolve(SCREENSHOTS, 'board-phone-offline.png'), animations: 'disabled' });
    await phone.context().setOffline(false);
  });
});
