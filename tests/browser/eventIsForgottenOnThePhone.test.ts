import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestEvent } from '../support/testServer.js';
import { PHONE, joinGroup, PATIENCE, useBrowserSuite } from './browserHarness.js';
import { untilServiceWorkerControls } from './serviceWorker.js';

/** Everything of the event this page's storage holds: IndexedDB names, storage keys and values, cached URLs. */
async function traces(page: Page, eventId: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const found: string[] = [];
    for (const { name } of await indexedDB.databases()) if (name?.includes(id)) found.push(`indexedDB ${name}`);
    for (const [kind, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (const key of Object.keys(storage)) {
        if (key.includes(id) || (storage.getItem(key) ?? '').includes(id)) found.push(`${kind} ${key}`);
      }
    }
    for (const cacheName of await caches.keys()) {
      for (const request of await (await caches.open(cacheName)).keys()) {
        if (request.url.includes(id) || new URL(request.url).pathname.startsWith('/api/')) found.push(`cache ${request.url}`);
      }
    }
    return found;
  }, eventId);
}

describe('what a phone keeps of an event', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  async function participantWithACard(title: string): Promise<{ page: Page; eventId: string; organizerKey: string }> {
    const { event, organizerKey } = await createTestEvent(suite.server.url, { title, groups: ['NTT'] });
    const page = await pool.page(PHONE);
    await joinGroup(page, suite.server, event, 'NTT');
    await untilServiceWorkerControls(page);
    await page.getByTestId('add-challenge').click();
    await page.keyboard.type('Perekrutan lewat media sosial');
    // The phone does hold the event before it is forgotten: its board copy, ticket and record.
    await expect.poll(async () => (await traces(page, event.id)).some((trace) => trace.startsWith('indexedDB')), PATIENCE).toBe(true);
    expect((await traces(page, event.id)).some((trace) => trace.startsWith('localStorage'))).toBe(true);
    return { page, eventId: event.id, organizerKey };
  }

  it('holds nothing of the event after "remove this event from this phone"', async () => {
    const { page, eventId } = await participantWithACard('Rembuk dihapus dari ponsel');
    await page.getByTestId('forget-event-open').click();
    await page.getByTestId('forget-event-confirm').click();
    await page.waitForURL(`${suite.server.url}/`);
    await expect.poll(() => traces(page, eventId), PATIENCE).toEqual([]);
    // The app shell is still there for the next event.
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  });

  it('holds nothing of the event once the organizer deletes it', async () => {
    const { page, eventId, organizerKey } = await participantWithACard('Rembuk dihapus penyelenggara');
    const response = await fetch(`${suite.server.url}/api/events/${eventId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${organizerKey}` },
    });
    expect(response.ok).toBe(true);
    await page.locator('[data-testid="connection-state"][data-state="closed"]').waitFor();
    await expect.poll(() => traces(page, eventId), PATIENCE).toEqual([]);
  });
});
