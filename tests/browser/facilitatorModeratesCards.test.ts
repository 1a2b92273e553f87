import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAccessKey, createTestEvent } from '../support/testServer.js';
import { PATIENCE, challengeValues, joinGroup, waitUntilSynced, useBrowserSuite } from './browserHarness.js';
import { TrafficRecorder } from './sameOrigin.js';

const DUPLICATE_A = 'Perekrutan lewat media sosial';
const DUPLICATE_B = 'Rekrutmen lewat medsos';
const IDENTIFYING = 'Korban bernama Siti, hp 0812 3456 7890';
const REDACTED = 'Korban, nama dihapus';

describe('moderation on a board', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('hides and undoes, merges duplicates summing votes and keeping links, redacts, and keeps the export and projector clean', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk moderasi', groups: ['NTT', 'Jawa'] });
    const { event, organizerKey } = created;
    const ntt = event.groups.find((group) => group.name === 'NTT');
    if (!ntt) throw new Error('no NTT group');
    const facilitatorKey = await createAccessKey(suite.server.url, created, { role: 'facilitator', groupIds: [ntt.id], label: 'NTT' });
    const projectorKey = await createAccessKey(suite.server.url, created, { role: 'projector' });
    const traffic = new TrafficRecorder();

    // A participant writes three challenges and an action answering the second; the third names a person.
    const ani = traffic.record(await pool.page());
    await joinGroup(ani, suite.server, event, 'NTT', 'Ani');
    for (const text of [DUPLICATE_A, DUPLICATE_B, IDENTIFYING]) {
      await ani.getByTestId('add-challenge').click();
      await ani.keyboard.type(text);
    }
    // Leaving a card with a phone number in it asks before moving on.
    await ani.getByTestId('board-group-name').click();
    const warning = ani.getByTestId('card-privacy-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('nomor telepon');
    await warning.getByTestId('privacy-keep').click();
    expect(await warning.count()).toBe(0);
    await ani.getByTestId('add-action').click();
    await ani.keyboard.type('Bentuk satgas desa');
    const action = ani.getByTestId('column-action').getByTestId('card').first();
    await action.getByTestId('card-details-toggle').click();
    await action.getByRole('checkbox', { name: /#2/ }).check();
    await expect.poll(() => action.getByTestId('card-summary').textContent(), PATIENCE).toContain('Menjawab #2');

    // Before the export, the organizer is shown the card that looks identifying.
    const organizer = traffic.record(await pool.page());
    await organizer.goto(`${suite.server.url}/o/${event.id}#key=${encodeURIComponent(organizerKey)}`);
    await organizer.getByTestId('export-md').click();
    const exportWarning = organizer.getByTestId('export-warning');
    await exportWarning.waitFor();
    expect(await exportWarning.getByTestId('export-findings').textContent()).toContain('NTT · #3');
    await exportWarning.getByTestId('export-cancel').click();

    // The facilitator opens the vote, and the participant votes on both duplicates.
    const facilitator = traffic.record(await pool.page());
    await facilitator.goto(`${suite.server.url}/f/${event.id}#key=${encodeURIComponent(facilitatorKey.secret)}&join=${event.joinCode}`);
    const row = facilitator.getByTestId('dashboard-row');
    await row.getByTestId('row-phase').selectOption('vote');
    const aniChallenges = ani.getByTestId('column-challenge').getByTestId('card');
    await aniChallenges.nth(0).getByTestId('vote-add').waitFor();
    for (const [index, count] of [[0, 1], [1, 1], [1, 2]] as const) {
      await aniChallenges.nth(index).getByTestId('vote-add').click();
      await expect.poll(() => aniChallenges.nth(index).getByTestId('vote-mine').getAttribute('data-count'), PATIENCE).toBe(String(count));
    }

    // On the board the facilitator sees the totals and moderates from each card's menu.
    await row.getByTestId('row-open-board').click();
    await waitUntilSynced(facilitator);
    expect(await facilitator.getByTestId('board-you').textContent()).toContain('fasilitator');
    const cards = facilitator.getByTestId('column-challenge').getByTestId('card');
    await expect.poll(() => cards.nth(1).getByTestId('vote-total').getAttribute('data-count'), PATIENCE).toBe('2');

    // Hide, then undo.
    await cards.nth(2).getByTestId('card-moderation-toggle').click();
    await cards.nth(2).getByTestId('moderate-hide').click();
    await expect.poll(() => challengeValues(ani), PATIENCE).toEqual([DUPLICATE_A, DUPLICATE_B]);
    await expect.poll(() => cards.nth(2).getAttribute('data-status'), PATIENCE).toBe('hidden');
    await facilitator.getByTestId('moderation-undo').click();
    await expect.poll(() => challengeValues(ani), PATIENCE).toEqual([DUPLICATE_A, DUPLICATE_B, IDENTIFYING]);

    // Redact the name and the number.
    await cards.nth(2).getByTestId('moderate-redact').click();
    await cards.nth(2).getByTestId('redact-text').fill(REDACTED);
    await cards.nth(2).getByTestId('redact-submit').click();
    await expect.poll(() => challengeValues(ani), PATIENCE).toEqual([DUPLICATE_A, DUPLICATE_B, REDACTED]);

    // Merge the second duplicate into the first: its votes and the action's link move over.
    await cards.nth(1).getByTestId('card-moderation-toggle').click();
    const mergeTarget = cards.nth(1).getByTestId('merge-target');
    await mergeTarget.selectOption({ label: `#1 ${DUPLICATE_A}` });
    await cards.nth(1).getByTestId('merge-submit').click();
    await expect.poll(() => cards.nth(0).getByTestId('vote-total').getAttribute('data-count'), PATIENCE).toBe('3');
    await expect.poll(() => aniChallenges.nth(1).getByTestId('card-merged-into').textContent(), PATIENCE).toBe('digabung ke #1');
    await expect.poll(() => action.getByTestId('card-summary').textContent(), PATIENCE).toContain('Menjawab #1');
    expect(await aniChallenges.nth(0).getByTestId('vote-mine').getAttribute('data-count')).toBe('3');

    // With the text redacted, the export downloads without a warning and without the number.
    const [download] = await Promise.all([organizer.waitForEvent('download'), organizer.getByTestId('export-md').click()]);
    const report = readFileSync((await download.path()) ?? '', 'utf8');
    expect(report).toContain(REDACTED);
    expect(report).not.toContain('0812');

    // The projector shows what is approved for the screen only.
    const projector = traffic.record(await pool.page());
    await projector.goto(`${suite.server.url}/p/${event.id}#key=${encodeURIComponent(projectorKey.secret)}&join=${event.joinCode}`);
    const wall = projector.getByTestId('wall-group').filter({ hasText: 'NTT' });
    const onTheWall = () => wall.locator('.wall-challenge-text, [data-testid="wall-action"]').allTextContents();
    // The merged duplicate's action now answers the card it was merged into.
    await expect.poll(onTheWall, PATIENCE).toEqual([DUPLICATE_A, 'Bentuk satgas desa', REDACTED]);
    // (Its moderation menu is still open from the redaction.)
    await cards.nth(2).getByTestId('moderate-notForScreen').click();
    await expect.poll(onTheWall, PATIENCE).toEqual([DUPLICATE_A, 'Bentuk satgas desa']);

    // Board, dashboard, organizer page and projector asked their own origin only.
    expect(traffic.foreign(suite.server.url)).toEqual([]);
    expect(traffic.violations).toEqual([]);
  });
});
