import { describe, expect, it } from 'vitest';
import { createTestEvent } from '../support/testServer.js';
import {
  challengeValues,
  joinGroup,
  waitUntilSynced,
  PATIENCE,
  useBrowserSuite,
} from './browserHarness.js';

describe('region groups', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('a participant in another group sees neither the cards nor the people of the first group', async () => {
    const { event } = await createTestEvent(suite.server.url, { title: 'Rembuk uji', groups: ['Jawa', 'Sulawesi'] });
    const alice = await pool.page();
    await joinGroup(alice, suite.server, event, 'Jawa', 'Melati');
    await alice.getByTestId('add-challenge').click();
    await alice.keyboard.type('Hanya untuk kelompok Jawa');

    // A late joiner of the same group receives the card: so it did reach the server.
    const dewi = await pool.page();
    await joinGroup(dewi, suite.server, event, 'Jawa');
    await expect.poll(() => challengeValues(dewi), PATIENCE).toEqual(['Hanya untuk kelompok Jawa']);

    const citra = await pool.page();
    await joinGroup(citra, suite.server, event, 'Sulawesi');
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
    const { event } = await createTestEvent(suite.server.url, { title: 'Rembuk uji', groups: ['Jawa'] });
    const stranger = await pool.page();
    await stranger.goto(`${suite.server.url}/b/${event.id}/${event.groups[0]?.id ?? ''}`);
    await stranger.getByTestId('board-no-access').waitFor();
    expect(await stranger.getByTestId('card-text').count()).toBe(0);
  });
});
