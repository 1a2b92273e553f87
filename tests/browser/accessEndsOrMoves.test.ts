import { describe, expect, it } from 'vitest';
import { createAccessKey, createTestEvent } from '../support/testServer.js';
import { PATIENCE, PHONE, joinGroup, waitUntilSynced, useBrowserSuite } from './browserHarness.js';

describe('access that ends or moves', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('a moved participant lands on the new board, a revoked facilitator link closes its dashboard at once, and a deleted event ends every connection', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk akses', groups: ['Bali', 'Jawa'] });
    const { event, organizerKey } = created;
    const lead = await createAccessKey(suite.server.url, created, { role: 'facilitator', label: 'Fasilitator utama' });

    const facilitator = await pool.page();
    await facilitator.goto(`${suite.server.url}/f/${event.id}#key=${encodeURIComponent(lead.secret)}&join=${event.joinCode}`);
    await facilitator.locator('[data-testid="dashboard-state"][data-state="connected"]').waitFor();
    expect(await facilitator.getByTestId('dashboard-row').count()).toBe(2);

    // The organizer moves a participant from Bali to Jawa from the dashboard; the phone follows by itself.
    const sari = await pool.page(PHONE);
    await joinGroup(sari, suite.server, event, 'Bali', 'Sari');
    const organizer = await pool.page();
    await organizer.goto(`${suite.server.url}/o/${event.id}#key=${encodeURIComponent(organizerKey)}`);
    await organizer.getByTestId('open-dashboard').click();
    const bali = organizer.getByTestId('dashboard-row').filter({ hasText: 'Bali' });
    await expect.poll(() => bali.getByTestId('row-online').textContent(), PATIENCE).toBe('1');
    await bali.getByTestId('row-more').click();
    const device = organizer.getByTestId('row-details').getByTestId('device').filter({ hasText: 'Sari' });
    await device.getByTestId('device-target').selectOption({ label: 'Jawa' });
    await device.getByTestId('device-move').click();
    await expect.poll(() => sari.getByTestId('board-group-name').textContent(), PATIENCE).toBe('Jawa');
    await waitUntilSynced(sari);
    const jawa = organizer.getByTestId('dashboard-row').filter({ hasText: 'Jawa' });
    await expect.poll(() => jawa.getByTestId('row-online').textContent(), PATIENCE).toBe('1');

    // The organizer revokes the lead's link on the organizer page: the dashboard says so, at once.
    await organizer.getByTestId('dashboard-to-organizer').click();
    const key = organizer.getByTestId('key-item').filter({ hasText: 'Fasilitator utama' });
    await key.getByTestId('key-revoke').click();
    await key.getByTestId('key-revoked').waitFor();
    const closed = facilitator.getByTestId('dashboard-closed');
    await closed.waitFor({ timeout: PATIENCE.timeout });
    expect(await closed.getAttribute('data-reason')).toBe('revoked');
    expect(await facilitator.getByTestId('dashboard-row').count()).toBe(0);

    // Reopening the revoked link is refused too.
    await facilitator.reload();
    await facilitator.getByTestId('dashboard-closed').waitFor({ timeout: PATIENCE.timeout });

    // Retention: a longer purge delay moves the purge date; deleting the event ends every connection to it.
    const purgeDate = organizer.getByTestId('purge-date');
    const before = await purgeDate.textContent();
    await organizer.getByTestId('settings-purge-days').fill('60');
    await organizer.getByTestId('settings-save').click();
    await organizer.getByTestId('settings-saved').waitFor();
    expect(await purgeDate.textContent()).not.toBe(before);
    const submit = organizer.getByTestId('delete-event-submit');
    expect(await submit.isDisabled()).toBe(true);
    await organizer.getByTestId('delete-confirm-input').fill('hapus');
    await submit.click();
    await organizer.getByTestId('event-deleted').waitFor();
    await sari.locator('[data-testid="connection-state"][data-state="closed"]').waitFor({ timeout: PATIENCE.timeout });
    expect((await fetch(`${suite.server.url}/api/join/${event.joinCode}`)).status).toBe(404);
  });
});
