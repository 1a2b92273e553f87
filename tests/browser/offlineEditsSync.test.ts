import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OrganizerEvent } from '@rembuk/shared';
import { createTestEvent } from '../support/testServer.js';
import {
  PHONE,
  challengeValues,
  joinGroup,
  waitUntilSynced,
  PATIENCE,
  useBrowserSuite,
} from './browserHarness.js';

describe('a phone that loses the network', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  /** A fresh one-group event with two phones on its board. */
  async function twoPhonesInOneGroup(): Promise<{ event: OrganizerEvent; alice: Page; budi: Page }> {
    const { event } = await createTestEvent(suite.server.url, { title: 'Rembuk uji', groups: ['NTT'] });
    const phones: Page[] = [];
    for (let count = 0; count < 2; count += 1) {
      const phone = await pool.page(PHONE);
      await joinGroup(phone, suite.server, event, 'NTT');
      phones.push(phone);
    }
    const [alice, budi] = phones as [Page, Page];
    return { event, alice, budi };
  }

  it('shows its edits as waiting while offline and delivers them when the network returns', async () => {
    const { alice, budi } = await twoPhonesInOneGroup();

    await alice.context().setOffline(true);
    await alice.locator('[data-testid="connection-state"][data-state="offline"]').waitFor();
    await alice.getByTestId('add-challenge').click();
    await alice.keyboard.type('Ditulis saat luring');
    await expect
      .poll(() => alice.getByTestId('connection-state').textContent(), PATIENCE)
      .toBe('Terputus: perubahan pada 1 kartu tersimpan di perangkat ini dan menunggu dikirim.');
    expect(await alice.getByTestId('connection-banner').textContent()).toContain('1 kartu');
    // Nothing leaks through while offline.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await challengeValues(budi)).toEqual([]);

    await alice.context().setOffline(false);
    await waitUntilSynced(alice);
    await expect.poll(() => challengeValues(budi), PATIENCE).toEqual(['Ditulis saat luring']);
    expect(await alice.getByTestId('connection-state').textContent()).toBe('Tersambung');
    expect(await alice.getByTestId('connection-banner').count()).toBe(0);
  });

  it('keeps its offline edits when the tab is closed before the network returns, and delivers them from the next tab', async () => {
    const { event, alice, budi } = await twoPhonesInOneGroup();

    const phone = alice.context();
    await phone.setOffline(true);
    await alice.locator('[data-testid="connection-state"][data-state="offline"]').waitFor();
    await alice.getByTestId('add-challenge').click();
    await alice.keyboard.type('Ditulis sebelum tab ditutup');
    await expect.poll(() => alice.getByTestId('connection-state').textContent(), PATIENCE).toContain('1 kartu');
    // The browser discards the tab (low memory, a dead battery) before the network comes back.
    await alice.close();
    await phone.setOffline(false);
    expect(await challengeValues(budi)).toEqual([]);

    const again = await phone.newPage();
    await joinGroup(again, suite.server, event, 'NTT');
    await expect.poll(() => challengeValues(budi), PATIENCE).toEqual(['Ditulis sebelum tab ditutup']);
    // Delivered, so no longer marked as kept on the phone.
    await expect.poll(() => again.getByTestId('card-saved-here').count(), PATIENCE).toBe(0);
  });
});
