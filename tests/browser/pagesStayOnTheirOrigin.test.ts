import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHONE, enterGroup, PATIENCE, useBrowserSuite } from './browserHarness.js';
import { TrafficRecorder } from './sameOrigin.js';

describe('privacy of the pages', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('every request the pages make goes to their own origin, and the content policy blocks nothing', async () => {
    const traffic = new TrafficRecorder();

    // The organizer's whole path: home, create, organizer page with live presence, a board, a download.
    const organizer = traffic.record(await pool.page());
    await organizer.goto(suite.server.url);
    await organizer.getByTestId('create-event-link').click();
    await organizer.getByTestId('event-title').fill('Rembuk privasi');
    await organizer.getByTestId('create-submit').click();
    const joinCode = (await organizer.getByTestId('join-code').textContent()) ?? '';
    await organizer.getByTestId('groups-live').getByText('diperbarui langsung').waitFor();

    // A participant's whole path, on a phone.
    const participant = traffic.record(await pool.page(PHONE));
    await participant.goto(suite.server.url);
    await participant.getByTestId('join-code-input').fill(joinCode);
    await participant.getByTestId('join-code-submit').click();
    await enterGroup(participant, 'Jawa', 'Kenanga');
    await participant.getByTestId('add-challenge').click();
    await participant.keyboard.type('Perekrutan lewat media sosial');
    await participant.getByTestId('language-en').click();
    await participant.getByText('Connected').waitFor();

    const jawa = organizer.getByTestId('group-item').filter({ hasText: 'Jawa' });
    await expect.poll(() => jawa.getByTestId('group-presence').textContent(), PATIENCE).toBe('1 orang');
    await jawa.getByTestId('group-open-board').click();
    await organizer.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await expect
      .poll(() => organizer.getByTestId('card-text').first().inputValue(), PATIENCE)
      .toBe('Perekrutan lewat media sosial');
    await organizer.getByTestId('board-switch-group').click();
    const [download] = await Promise.all([organizer.waitForEvent('download'), organizer.getByTestId('export-md').click()]);
    const report = readFileSync((await download.path()) ?? '', 'utf8');
    expect(report).toContain('Perekrutan lewat media sosial');
    expect(report).not.toContain('Kenanga');

    const wsOrigin = suite.server.url.replace(/^http/, 'ws');
    const { urls } = traffic;
    expect(traffic.foreign(suite.server.url)).toEqual([]);
    expect(traffic.violations).toEqual([]);
    // The recording did see the traffic it vouches for.
    expect(urls.some((url) => url.startsWith(`${wsOrigin}/yjs/`))).toBe(true);
    expect(urls.some((url) => url.startsWith(`${wsOrigin}/socket.io/`))).toBe(true);
    expect(urls.some((url) => url.includes('/api/events/') && url.includes('/export?format=md'))).toBe(true);
  });
});
