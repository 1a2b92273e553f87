import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTestEvent } from '../support/testServer.js';
import { PATIENCE, PHONE, challengeTexts, challengeValues, joinGroup, useBrowserSuite } from './browserHarness.js';
import { TrafficRecorder } from './sameOrigin.js';

describe('a facilitator runs a session', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('takes a group through every phase while two participants write, vote within their budget and see the countdown', async () => {
    const { event, organizerKey } = await createTestEvent(suite.server.url, { title: 'Rembuk fasilitasi', groups: ['Bali', 'Jawa'] });
    // Small budgets keep the clicking short: 3 dots each, at most 2 on one card.
    const patch = await fetch(`${suite.server.url}/api/events/${event.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${organizerKey}` },
      body: JSON.stringify({ votesPerParticipant: 3, votesPerCard: 2 }),
    });
    expect(patch.status).toBe(200);
    const traffic = new TrafficRecorder();

    const [organizer, ani, budi] = await Promise.all([pool.page(), pool.page(PHONE), pool.page(PHONE)]).then((pages) =>
      pages.map((page) => traffic.record(page)),
    ) as [Page, Page, Page];

    // The organizer hands out a facilitator link for Bali while two participants join it and write.
    const handOutLink = async (): Promise<string> => {
      await organizer.goto(`${suite.server.url}/o/${event.id}#key=${encodeURIComponent(organizerKey)}`);
      const keys = organizer.getByTestId('access-keys');
      await keys.getByTestId('facilitator-label').fill('Fasilitator Bali');
      await keys.getByRole('checkbox', { name: 'Bali', exact: true }).check();
      await keys.getByTestId('create-facilitator-link').click();
      await keys.getByTestId('key-item').filter({ hasText: 'Fasilitator Bali' }).waitFor();
      return organizer.getByTestId('fresh-link-url').inputValue();
    };
    const joinAndWrite = async (page: Page, name: string, texts: readonly string[]): Promise<void> => {
      await joinGroup(page, suite.server, event, 'Bali', name);
      for (const text of texts) {
        await page.getByTestId('add-challenge').click();
        await page.keyboard.type(text);
      }
    };
    const [link] = await Promise.all([
      handOutLink(),
      joinAndWrite(ani, 'Ani', ['Agen ilegal di desa', 'Data korban tidak terpadu']),
      joinAndWrite(budi, 'Budi', ['Pengawasan pelabuhan lemah']),
    ]);
    expect(link).toMatch(new RegExp(`^${suite.server.url}/f/${event.id}#key=[^&]{20,}&join=`));

    // The facilitator's dashboard shows the one group the key runs.
    const facilitator = traffic.record(await pool.page());
    await facilitator.goto(link);
    const bali = facilitator.getByTestId('dashboard-row');
    await bali.waitFor();
    expect(await bali.count()).toBe(1);
    expect(await bali.locator('th').textContent()).toContain('Bali');
    expect(facilitator.url()).toBe(`${suite.server.url}/f/${event.id}`);

    const written = ['Agen ilegal di desa', 'Data korban tidak terpadu', 'Pengawasan pelabuhan lemah'];
    await expect.poll(async () => (await challengeValues(ani)).sort(), PATIENCE).toEqual(written);
    await expect.poll(async () => (await challengeValues(budi)).sort(), PATIENCE).toEqual(written);
    // They wrote at the same time, so the order on the board is whoever came first.
    const order = await challengeValues(budi);
    const budisCard = order.indexOf('Pengawasan pelabuhan lemah');
    const anisCard = order.indexOf('Agen ilegal di desa');
    // A participant withdraws a card of their own; others' cards they may move but not remove.
    await ani.getByTestId('add-challenge').click();
    await ani.keyboard.type('Kartu salah tulis');
    await expect.poll(() => challengeValues(budi), PATIENCE).toHaveLength(4);
    const mistake = ani.getByTestId('column-challenge').getByTestId('card').nth(3);
    await mistake.getByTestId('card-menu-toggle').click();
    expect(await mistake.getByTestId('card-delete').textContent()).toBe('Tarik kartu saya');
    await mistake.getByTestId('card-delete').click();
    await mistake.getByTestId('card-delete-confirm').click();
    await expect.poll(() => challengeValues(budi), PATIENCE).toHaveLength(3);
    const anisCardOnBudisPhone = budi.getByTestId('column-challenge').getByTestId('card').nth(anisCard);
    await anisCardOnBudisPhone.getByTestId('card-menu-toggle').click();
    expect(await anisCardOnBudisPhone.getByTestId('card-move-down').count()).toBe(1);
    expect(await anisCardOnBudisPhone.getByTestId('card-delete').count()).toBe(0);
    await expect.poll(() => bali.getByTestId('row-online').textContent(), PATIENCE).toBe('2');
    await expect.poll(() => bali.getByTestId('row-challenges').textContent(), PATIENCE).toBe('3');

    // Voting: cards become read-only, dots appear.
    await bali.getByTestId('row-phase').selectOption('vote');
    for (const page of [ani, budi]) {
      await expect.poll(() => challengeTexts(page).first().isEditable(), PATIENCE).toBe(false);
      expect(await page.getByTestId('add-challenge').count()).toBe(0);
      expect(await page.getByTestId('session-phase').textContent()).toBe('Memilih');
    }
    // Withdrawing stays possible while voting, for one's own cards only.
    const budiCards = budi.getByTestId('column-challenge').getByTestId('card');
    expect(await budiCards.nth(budisCard).getByTestId('card-menu-toggle').textContent()).toBe('Tarik kartu');
    expect(await budiCards.nth(anisCard).getByTestId('card-menu-toggle').count()).toBe(0);
    const aniCards = ani.getByTestId('column-challenge').getByTestId('card');
    await vote(aniCards.nth(0), 1);
    await vote(aniCards.nth(0), 2);
    // Two on one card is the most a card takes.
    expect(await aniCards.nth(0).getByTestId('vote-add').isDisabled()).toBe(true);
    await vote(aniCards.nth(1), 1);
    // Three dots spent: no + anywhere.
    await expect.poll(() => ani.getByTestId('votes-left').getAttribute('data-left'), PATIENCE).toBe('0');
    expect(await aniCards.nth(2).getByTestId('vote-add').isDisabled()).toBe(true);
    // A dot taken back can be spent again.
    await aniCards.nth(1).getByTestId('vote-remove').click();
    await expect.poll(() => aniCards.nth(1).getByTestId('vote-mine').getAttribute('data-count'), PATIENCE).toBe('0');
    expect(await aniCards.nth(2).getByTestId('vote-add').isDisabled()).toBe(false);
    await vote(budi.getByTestId('column-challenge').getByTestId('card').nth(0), 1);

    // Totals stay hidden from participants until the facilitator reveals them.
    await expect.poll(() => bali.getByTestId('row-votes').textContent(), PATIENCE).toBe('3');
    expect(await ani.getByTestId('vote-total').count()).toBe(0);
    await bali.getByTestId('row-reveal').click();
    await expect.poll(() => budi.getByTestId('vote-total').first().textContent(), PATIENCE).toBe('3 suara');

    // A short countdown that locks the board at zero: participants count down with the server, then are locked.
    await bali.getByTestId('row-more').click();
    const details = facilitator.getByTestId('row-details');
    await details.getByTestId('timer-minutes').fill('0,1');
    await details.getByTestId('timer-on-zero').selectOption('lock');
    await details.getByTestId('timer-start').click();
    await expect.poll(() => ani.getByTestId('countdown').textContent(), PATIENCE).toMatch(/^Sisa 0:0[1-6] · papan dikunci saat habis$/);
    expect(await bali.getByTestId('row-countdown').textContent()).toMatch(/^Sisa 0:0\d · lalu kunci$/);
    await expect.poll(() => budi.getByTestId('session-locked').count(), PATIENCE).toBe(1);
    // Each screen follows the lock on its own tick: poll rather than read once.
    await expect.poll(() => budi.getByTestId('vote-add').count(), PATIENCE).toBe(0);
    await expect.poll(() => ani.getByTestId('countdown').textContent(), PATIENCE).toContain('Waktu habis');
    await expect.poll(() => bali.getByTestId('row-lock').getAttribute('aria-pressed'), PATIENCE).toBe('true');

    // Closing the session unlocked still leaves the board read-only, cards and totals in view.
    await bali.getByTestId('row-lock').click();
    await bali.getByTestId('row-phase').selectOption('closed');
    await expect.poll(() => ani.getByTestId('session-phase').textContent(), PATIENCE).toBe('Ditutup');
    expect(await ani.getByTestId('read-only-hint').textContent()).toContain('hanya bisa dibaca');
    expect(await challengeValues(ani)).toEqual(order);
    expect(await challengeTexts(ani).first().isEditable()).toBe(false);
    expect(await ani.getByTestId('add-challenge').count()).toBe(0);
    expect(await bali.getByTestId('row-online').textContent()).toBe('2');

    expect(traffic.foreign(suite.server.url)).toEqual([]);
    expect(traffic.violations).toEqual([]);
  });
});

/** Press + on a card and wait until the server counted the dot. */
async function vote(card: ReturnType<Page['getByTestId']>, expectedMine: number): Promise<void> {
  await card.getByTestId('vote-add').click();
  await expect.poll(() => card.getByTestId('vote-mine').getAttribute('data-count'), PATIENCE).toBe(String(expectedMine));
}
