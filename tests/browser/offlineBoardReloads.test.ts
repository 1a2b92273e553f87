import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestEvent } from '../support/testServer.js';
import { PHONE, challengeTexts, challengeValues, joinGroup, PATIENCE, useBrowserSuite, waitUntilSynced } from './browserHarness.js';
import { untilServiceWorkerControls } from './serviceWorker.js';

/** Where the offline board's screenshot goes (docs/screenshots, looked at by whoever changes the board). */
const SCREENSHOT = new URL('../../docs/screenshots/offline-board-phone.png', import.meta.url).pathname;

describe('a board on a phone with no network', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  async function appendTo(page: Page, index: number, text: string): Promise<void> {
    await challengeTexts(page).nth(index).click();
    await page.keyboard.press('End');
    await page.keyboard.type(text);
  }

  async function expectOfflineBoard(page: Page, values: string[]): Promise<void> {
    await page.getByTestId('board-page').waitFor();
    await expect.poll(() => challengeValues(page), PATIENCE).toEqual(values);
    await expect.poll(() => page.getByTestId('card-saved-here').count(), PATIENCE).toBe(3);
    expect(await page.getByTestId('card-saved-here').first().textContent()).toBe('Tersimpan di ponsel ini');
    expect(await page.getByTestId('connection-state').textContent()).toBe(
      'Terputus: perubahan pada 3 kartu tersimpan di perangkat ini dan menunggu dikirim.',
    );
  }

  it('reloads with its edits and marks, twice, and delivers every edit once when the network returns', async () => {
    const { event } = await createTestEvent(suite.server.url, { title: 'Rembuk luring', groups: ['NTT'] });
    const alice = await pool.page(PHONE);
    const budi = await pool.page(PHONE);
    await joinGroup(alice, suite.server, event, 'NTT');
    await joinGroup(budi, suite.server, event, 'NTT');
    await untilServiceWorkerControls(alice);

    for (const text of ['Perekrutan lewat media sosial', 'Calo di desa']) {
      await alice.getByTestId('add-challenge').click();
      await alice.keyboard.type(text);
    }
    await expect.poll(() => challengeValues(budi), PATIENCE).toEqual(['Perekrutan lewat media sosial', 'Calo di desa']);

    const phone = alice.context();
    await phone.setOffline(true);
    await alice.locator('[data-testid="connection-state"][data-state="offline"]').waitFor();
    await appendTo(alice, 0, ' dan aplikasi pesan');
    await appendTo(alice, 1, ' menjanjikan kerja');
    await alice.getByTestId('add-challenge').click();
    await alice.keyboard.type('Dokumen palsu');
    const offlineValues = ['Perekrutan lewat media sosial dan aplikasi pesan', 'Calo di desa menjanjikan kerja', 'Dokumen palsu'];
    await expectOfflineBoard(alice, offlineValues);

    const reloadStarted = Date.now();
    await alice.reload();
    await expectOfflineBoard(alice, offlineValues);
    const offlineReloadMs = Date.now() - reloadStarted;
    await alice.screenshot({ path: SCREENSHOT });
    await alice.reload();
    await expectOfflineBoard(alice, offlineValues);
    console.log(`offline reload to a usable board with its marks: ${offlineReloadMs} ms`);

    // Nothing reached the other member while the phone was offline.
    expect(await challengeValues(budi)).toEqual(['Perekrutan lewat media sosial', 'Calo di desa']);

    await phone.setOffline(false);
    await waitUntilSynced(alice);
    await expect.poll(() => challengeValues(budi), PATIENCE).toEqual(offlineValues);
    await expect.poll(() => alice.getByTestId('card-saved-here').count(), PATIENCE).toBe(0);
    expect(await alice.getByTestId('connection-state').textContent()).toBe('Tersambung');
    // Delivered once: a fresh page on the other phone, from the server alone, has no duplicate.
    await budi.reload();
    await waitUntilSynced(budi);
    expect(await challengeValues(budi)).toEqual(offlineValues);
  });
});
