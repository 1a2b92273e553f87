import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createTestEvent, startTestServer, type TestServer } from '../support/testServer.js';
import {
  ContextPool,
  challengeValues,
  enterGroup,
  launchChromium,
  waitUntilSynced,
  PATIENCE,
} from './browserHarness.js';

describe('region groups', () => {
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

  it('a participant in another group sees neither the cards nor the people of the first group', async () => {
    const { event } = await createTestEvent(server.url, { title: 'Rembuk uji', groups: ['Jawa', 'Sulawesi'] });
    const alice = await pool.page();
    await alice.goto(`${server.url}/j/${event.joinCode}`);
    await enterGroup(alice, 'Jawa', 'Melati');
    await alice.getByTestId('add-challenge').click();
    await alice.keyboard.type('Hanya untuk kelompok Jawa');

    // A late joiner of the same group receives the card: so it did reach the server.
    const dewi = await pool.page();
    await dewi.goto(`${server.url}/j/${event.joinCode}`);
    await enterGroup(dewi, 'Jawa');
    await expect.poll(() => challengeValues(dewi), PATIENCE).toEqual(['Hanya untuk kelompok Jawa']);

    const citra = await pool.page();
    await citra.goto(`${server.url}/j/${event.joinCode}`);
    await enterGroup(citra, 'Sulawesi');
    expect(await challengeValues(citra)).toEqual([]);
    expect(await citra.getByTestId('empty-challenge').isVisible()).toBe(true);
    await expect.poll(() => citra.getByTestId('presence-count').textContent(), PATIENCE).toBe('1 orang di papan ini');
    expect(await citra.getByTestId('presence').textContent()).not.toContain('Melati');

    // And the other way round: Citra's card stays in Sulawesi, even after Jawa reloads its board.
    await citra.getByTestId('add-challenge').click();
    await citra.keyboard.type('Hanya untuk kelompok Sulawesi');
    await expect.poll(() => challengeValues(citra), PATIENCE).toEqual(['Hanya untuk kelompok Sulawesi']);
    await alice.reload();
    await waitUntilSynced(alice);
    expect(await challengeValues(alice)).toEqual(['Hanya untuk kelompok Jawa']);
  });

  it('a board opened without joining says how to join instead of connecting', async () => {
    const { event } = await createTestEvent(server.url, { title: 'Rembuk uji', groups: ['Jawa'] });
    const stranger = await pool.page();
    await stranger.goto(`${server.url}/b/${event.id}/${event.groups[0]?.id ?? ''}`);
    await stranger.getByTestId('board-no-access').waitFor();
    expect(await stranger.getByTestId('card-text').count()).toBe(0);
  });
});
