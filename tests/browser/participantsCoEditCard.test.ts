import { describe, expect, it } from 'vitest';
import { createTestEvent } from '../support/testServer.js';
import {
  PHONE,
  challengeTexts,
  challengeValues,
  enterGroup,
  joinGroup,
  PATIENCE,
  useBrowserSuite,
} from './browserHarness.js';

/** Delay between simulated keystrokes, so two people's typing really interleaves. */
const KEYSTROKE_MS = 35;

describe('two participants on one board', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('see each other’s typing in a card, and both people typing in it at once merge', async () => {
    const { event } = await createTestEvent(suite.server.url, { title: 'Rembuk uji' });
    const ntt = event.groups.find((group) => group.name.startsWith('NTT'));
    if (!ntt) throw new Error('the default groups have no NTT group');

    // Alice types the code on the home page (lower case, without the dash); Budi opens the participant link.
    const alice = await pool.page(PHONE);
    await alice.goto(suite.server.url);
    await alice.getByTestId('join-code-input').fill(event.joinCode.replace('-', '').toLowerCase());
    await alice.getByTestId('join-code-submit').click();
    await enterGroup(alice, ntt.name, 'Melati');

    const budi = await pool.page(PHONE);
    await joinGroup(budi, suite.server, event, ntt.name);

    await expect.poll(() => alice.getByTestId('presence-count').textContent(), PATIENCE).toBe('2 orang di papan ini');
    await expect.poll(() => budi.getByTestId('presence').textContent(), PATIENCE).toContain('Melati');

    await alice.getByTestId('add-challenge').click();
    await alice.keyboard.type('Data korban', { delay: KEYSTROKE_MS });
    await expect.poll(() => challengeValues(budi), PATIENCE).toEqual(['Data korban']);

    // Alice appends at the end while Budi prefixes at the start of the same card, keystroke by keystroke.
    const aliceText = challengeTexts(alice).first();
    const budiText = challengeTexts(budi).first();
    await aliceText.click();
    await aliceText.press('End');
    await budiText.click();
    await budiText.press('Home');
    await Promise.all([
      aliceText.pressSequentially(' tidak terpadu', { delay: KEYSTROKE_MS }),
      budiText.pressSequentially('[NTT] ', { delay: KEYSTROKE_MS }),
    ]);

    const merged = '[NTT] Data korban tidak terpadu';
    await expect.poll(() => challengeValues(alice), PATIENCE).toEqual([merged]);
    await expect.poll(() => challengeValues(budi), PATIENCE).toEqual([merged]);
  });

  it('see a card added, moved and deleted by the other, and an action linked to a challenge', async () => {
    const { event } = await createTestEvent(suite.server.url, { title: 'Rembuk uji', groups: ['Bali', 'Jawa'] });
    const alice = await pool.page();
    await joinGroup(alice, suite.server, event, 'Bali');
    const budi = await pool.page();
    await joinGroup(budi, suite.server, event, 'Bali');

    for (const text of ['Pertama', 'Kedua', 'Ketiga']) {
      await alice.getByTestId('add-challenge').click();
      await alice.keyboard.type(text);
    }
    await expect.poll(() => challengeValues(budi), PATIENCE).toEqual(['Pertama', 'Kedua', 'Ketiga']);

    const third = budi.getByTestId('column-challenge').getByTestId('card').nth(2);
    await third.getByTestId('card-menu-toggle').click();
    await third.getByTestId('card-move-top').click();
    await expect.poll(() => challengeValues(alice), PATIENCE).toEqual(['Ketiga', 'Pertama', 'Kedua']);

    const pertama = alice.getByTestId('column-challenge').getByTestId('card').nth(1);
    await pertama.getByTestId('card-menu-toggle').click();
    await pertama.getByTestId('card-delete').click();
    await pertama.getByTestId('card-delete-confirm').click();
    await expect.poll(() => challengeValues(budi), PATIENCE).toEqual(['Ketiga', 'Kedua']);

    await budi.getByTestId('add-action').click();
    await budi.keyboard.type('Bentuk forum data terpadu');
    const action = budi.getByTestId('column-action').getByTestId('card').first();
    await action.getByTestId('card-details-toggle').click();
    await action.getByRole('checkbox', { name: /Kedua/ }).check();
    await expect
      .poll(() => alice.getByTestId('column-action').getByTestId('card-summary').textContent(), PATIENCE)
      .toContain('Menjawab #2');
  });
});
