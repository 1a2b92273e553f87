/**
 * Duplicate suggestions on a group's board in the cluster phase, in Debian's Chromium: its facilitator dismisses
 * one (it disappears and stays gone) and merges another (the existing merge, undoable); a participant on the same
 * board never sees them. Needs the built client and server.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCard } from '@rembuk/shared';
import { commandOk, openControl } from '../support/controlClient.js';
import { createAccessKey, createTestEvent, untilServerHas } from '../support/testServer.js';
import { connectBoard } from '../support/yjsClient.js';
import { seriousViolations } from './axe.js';
import { PATIENCE, PHONE, joinGroup, useBrowserSuite, waitUntilSynced } from './browserHarness.js';

/** Screenshots for people to look at (git-ignored); the ones worth keeping are copied to docs/screenshots. */
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
/** Suggestions are recomputed a second or two after the board changes. */
const RECOMPUTED = { timeout: 20_000 } as const;

describe('duplicate suggestions', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('are dismissed or merged by the group’s facilitator, and never shown to participants', async () => {
    const reply = await createTestEvent(suite.server.url, { title: 'Rembuk NTT', groups: ['NTT', 'Jawa'] });
    const { event } = reply;
    const ntt = event.groups[0]!;
    const board = connectBoard(suite.server.yjsUrl, event.id, ntt.id, reply.organizerKey);
    await board.synced;
    const [recruitA, recruitB, afraidA, afraidB] = [
      'Calo merekrut lewat media sosial dengan janji kerja di luar negeri',
      'Perekrutan lewat media sosial dengan tawaran kerja palsu ke luar negeri',
      'Korban takut melapor karena diancam calo',
      'Korban tdk berani lapor krn diancam calo',
    ].map((text) => addCard(board.doc, { kind: 'challenge', text }));
    const budget = addCard(board.doc, { kind: 'challenge', text: 'Anggaran rumah aman di kabupaten sangat kecil' });
    await untilServerHas(suite.server, event.id, ntt.id, [recruitA!, recruitB!, afraidA!, afraidB!, budget]);
    board.destroy();
    const organizer = await openControl(suite.server.url, { token: reply.organizerKey, eventId: event.id });
    await commandOk(organizer, { type: 'setPhase', scope: { kind: 'event' }, phase: 'cluster' });
    organizer.disconnect();

    const key = await createAccessKey(suite.server.url, reply, { role: 'facilitator', groupIds: [ntt.id], label: 'Fasilitator NTT' });
    const facilitator = await pool.page();
    await facilitator.goto(`${suite.server.url}/f/${event.id}#key=${encodeURIComponent(key.secret)}&join=${event.joinCode}`);
    await facilitator.getByTestId('dashboard-row').first().getByTestId('row-open-board').click();
    await waitUntilSynced(facilitator);
    const panel = facilitator.getByTestId('duplicate-suggestions');
    const suggestionWith = (cardId: string) => panel.getByTestId('duplicate-suggestion').filter({ has: facilitator.locator(`[data-card-id="${cardId}"]`) });
    await suggestionWith(afraidB!).waitFor(RECOMPUTED);
    await suggestionWith(recruitB!).waitFor(RECOMPUTED);
    expect(await suggestionWith(budget).count()).toBe(0);
    expect(await seriousViolations(facilitator)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await facilitator.screenshot({ path: resolve(SCREENSHOTS, 'board-duplicate-suggestions.png'), animations: 'disabled' });
    // A facilitator may run the group from a phone: the same suggestions at 390 px wide, for people to look at.
    const laptop = facilitator.viewportSize();
    await facilitator.setViewportSize({ width: 390, height: 844 });
    await facilitator.screenshot({ path: resolve(SCREENSHOTS, 'board-duplicate-suggestions-phone.png'), animations: 'disabled' });
    if (laptop) await facilitator.setViewportSize(laptop);

    const phone = await pool.page(PHONE);
    await joinGroup(phone, suite.server, event, 'NTT');
    await expect.poll(() => phone.getByTestId('card').count(), PATIENCE).toBe(5);
    expect(await phone.getByTestId('duplicate-suggestions').count()).toBe(0);

    // Dismissed: gone at once, and not back after a reload (the server keeps the dismissal).
    await suggestionWith(afraidB!).getByTestId('duplicate-dismiss').click();
    await expect.poll(() => suggestionWith(afraidB!).count(), PATIENCE).toBe(0);
    await facilitator.reload();
    await waitUntilSynced(facilitator);
    await suggestionWith(recruitB!).waitFor(RECOMPUTED);
    expect(await suggestionWith(afraidB!).count()).toBe(0);

    // Merged: the duplicate folds into the kept card on every screen; Undo brings it back.
    const kept = await suggestionWith(recruitB!).locator('.duplicate-keep').getAttribute('data-card-id');
    const folded = kept === recruitA ? recruitB! : recruitA!;
    await suggestionWith(recruitB!).getByTestId('duplicate-merge').click();
    const cardOn = (page: typeof phone, id: string) => page.locator(`[data-testid="card"][data-card-id="${id}"]`);
    await expect.poll(() => cardOn(facilitator, folded).getAttribute('data-status'), PATIENCE).toBe('merged');
    await expect.poll(() => cardOn(phone, folded).getAttribute('data-status'), PATIENCE).toBe('merged');
    await expect.poll(() => panel.getByTestId('duplicate-suggestion').count(), PATIENCE).toBe(0);
    await facilitator.getByTestId('duplicates-undo').click();
    await expect.poll(() => cardOn(facilitator, folded).getAttribute('data-status'), PATIENCE).toBe('draft');
  });
});
