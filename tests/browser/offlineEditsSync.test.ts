import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createTestEvent, startTestServer, type TestServer } from '../support/testServer.js';
import {
  ContextPool,
  PHONE,
  challengeValues,
  enterGroup,
  launchChromium,
  waitUntilSynced,
  PATIENCE,
} from './browserHarness.js';

describe('a phone that loses the network', () => {
  let server: TestServer;
  let browser: Browser;
  const pool = new ContextPool(() => browser);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ serveClient: true }), launchChromium()]);
  });
  afterEach(() => pool.closeAll());
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows its edits as waiting while offline and delivers them when the network returns', async () => {
    const { event } = await createTestEvent(server.url, { title: 'Rembuk uji', groups: ['NTT'] });
    const alice = await pool.page(PHONE);
    await alice.goto(`${server.url}/j/${event.joinCode}`);
    await enterGroup(alice, 'NTT');
    const budi = await pool.page(PHONE);
    await budi.goto(`${server.url}/j/${event.joinCode}`);
    await enterGroup(budi, 'NTT');

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
});
