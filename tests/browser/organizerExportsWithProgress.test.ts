import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { addCard, type CreateEventReply } from '@rembuk/shared';
import { readDocx } from '../support/exportReaders.js';
import { openControl, sendCommand } from '../support/controlClient.js';
import { createTestEvent, eventually } from '../support/testServer.js';
import { joinBoard } from '../support/yjsClient.js';
import { PATIENCE, PHONE, useBrowserSuite } from './browserHarness.js';

const SHOWN = 'Perekrutan lewat media sosial';
const NOT_FOR_SCREEN = 'Kartu rahasia penyintas';
/** How long a delayed export answer waits: past the second after which the panel counts seconds. */
const SERVER_DELAY_MS = 1_800;

/** One look at the panel's progress: its stage and the bar's value (null: indeterminate). */
interface ProgressSample {
  stage: string;
  value: number | null;
}

/**
 * Record every change of the progress element from the page itself: stages such as "downloading" can last a few
 * milliseconds, too short for polling from the test to see reliably. A string, as the tests are typed for Node and
 * not the DOM.
 */
const TRACE_PROGRESS = `
  window.exportTrace = [];
  new MutationObserver(() => {
    const panel = document.querySelector('[data-testid="export-progress"]');
    if (!panel) return;
    const value = panel.querySelector('progress')?.getAttribute('value');
    const sample = { stage: panel.dataset.stage ?? '', value: value == null ? null : Number(value) };
    const last = window.exportTrace.at(-1);
    if (last?.stage !== sample.stage || last.value !== sample.value) window.exportTrace.push(sample);
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

async function traceProgress(page: Page): Promise<() => Promise<ProgressSample[]>> {
  await page.addInitScript({ content: TRACE_PROGRESS });
  return async () => (await page.evaluate('window.exportTrace')) as ProgressSample[];
}

/** Let the page receive at most this many bytes per second (Chromium's own throttling, as on slow wifi). */
async function throttle(page: Page, bytesPerSecond: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: -1,
  });
}

function isExport(request: Request): boolean {
  return new URL(request.url()).pathname.endsWith('/export');
}

/** The export requests' query strings, in the order the page sent them. */
function recordExportQueries(page: Page): string[] {
  const queries: string[] = [];
  page.on('request', (request) => {
    if (isExport(request)) queries.push(new URL(request.url()).search);
  });
  return queries;
}

/** Hold the server's answer for one format, as a large event's rendering would. */
async function delayExport(page: Page, format: string, delayMs: number): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith('/export') && url.searchParams.get('format') === format,
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      // The page may have cancelled the request meanwhile; then there is nothing left to answer.
      await route.continue().catch(() => undefined);
    },
  );
}

describe('an organizer downloads an export', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;
  let reply: CreateEventReply;
  let zipBytes: number;

  beforeAll(async () => {
    reply = await createTestEvent(suite.server.url, { title: 'Rapat IAT', date: '2027-07-21', groups: ['NTT', 'Jawa'] });
    const { event } = reply;
    const ntt = event.groups[0]!.id;
    const writer = await joinBoard(suite.server, event, ntt);
    await writer.synced;
    addCard(writer.doc, { kind: 'challenge', text: SHOWN });
    const secret = addCard(writer.doc, { kind: 'challenge', text: NOT_FOR_SCREEN });
    addCard(writer.doc, { kind: 'action', text: 'Latih guru BK tentang modus daring' });
    const download = (query: string) =>
      fetch(`${suite.server.url}/api/events/${event.id}/export?${query}`, { headers: { Authorization: `Bearer ${reply.organizerKey}` } });
    await eventually(async () => expect(await (await download('format=json')).text()).toContain(NOT_FOR_SCREEN));
    const organizer = await openControl(suite.server.url, { token: reply.organizerKey, eventId: event.id });
    expect(await sendCommand(organizer, { type: 'moderate', groupId: ntt, cardId: secret, action: 'notForScreen' })).toEqual({ ok: true });
    organizer.disconnect();
    writer.destroy();
    zipBytes = (await (await download('format=zip')).arrayBuffer()).byteLength;
  });

  async function openOrganizerPage(page: Page): Promise<void> {
    await page.goto(`${suite.server.url}/o/${reply.event.id}#key=${reply.organizerKey}`);
    await page.getByTestId('export-panel').waitFor();
  }

  it('shows each stage, counts the seconds the server takes and the bytes as they arrive, then saves the file', async () => {
    const page = await pool.page();
    const trace = await traceProgress(page);
    const queries = recordExportQueries(page);
    const answers: Record<string, string | null>[] = [];
    page.on('response', (response) => {
      if (isExport(response.request())) answers.push({ query: new URL(response.url()).search, length: response.headers()['content-length'] ?? null });
    });
    await openOrganizerPage(page);
    await delayExport(page, 'zip', SERVER_DELAY_MS);
    // About three seconds for the file, so it arrives in many pieces.
    await throttle(page, Math.ceil(zipBytes / 3));

    const downloading = page.waitForEvent('download', PATIENCE);
    await page.getByTestId('export-zip').click();
    const progress = page.getByTestId('export-progress');
    await progress.and(page.locator('[data-stage="generating"]')).waitFor();
    expect(await page.getByTestId('export-progress-bar').getAttribute('aria-label')).toBe('Kemajuan unduhan ZIP (semua format)');
    expect(await page.getByTestId('export-stage').textContent()).toBe('Membuat ZIP (semua format) di server…');
    // One export at a time: every format button and option waits.
    for (const id of ['export-zip', 'export-md', 'export-docx', 'export-language', 'export-not-for-screen']) {
      expect(await page.getByTestId(id).isDisabled()).toBe(true);
    }
    await expect.poll(() => page.getByTestId('export-progress-detail').textContent(), PATIENCE).toMatch(/^[1-9] dtk$/);
    await progress.and(page.locator('[data-stage="downloading"]')).waitFor(PATIENCE);
    expect(await page.getByTestId('export-stage').textContent()).toBe('Mengunduh ZIP (semua format)…');
    expect(await page.getByTestId('export-progress-detail').textContent()).toMatch(/^\d{1,2}% · \d+ kB dari \d+ kB$/);

    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rapat-iat_(laporan|report)_(id|en|both)_\d{4}-\d{2}-\d{2}\.zip$/);
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');

    await progress.and(page.locator('[data-stage="saved"]')).waitFor();
    expect(await page.getByTestId('export-stage').textContent()).toBe(`Tersimpan sebagai ${download.suggestedFilename()}`);
    expect(await page.getByTestId('export-abort').count()).toBe(0);
    expect(await page.getByTestId('export-zip').isEnabled()).toBe(true);

    // The scan read the JSON first, then the ZIP came with its length: the percentage is real.
    expect(queries).toEqual(['?format=json', '?format=zip']);
    expect(answers.find((answer) => answer.query === '?format=zip')?.length).toBe(String(file.byteLength));
    const samples = await trace();
    const stages = samples.map((sample) => sample.stage).filter((stage, index, all) => stage !== all[index - 1]);
    expect(stages).toEqual(['scanning', 'generating', 'downloading', 'saved']);
    expect(samples.filter((sample) => sample.stage !== 'downloading' && sample.stage !== 'saved').every((sample) => sample.value === null)).toBe(true);
    const percents = samples.filter((sample) => sample.stage === 'downloading').map((sample) => sample.value ?? Number.NaN);
    expect(percents.filter((percent) => percent > 0 && percent < 100).length).toBeGreaterThan(1);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(samples.at(-1)).toEqual({ stage: 'saved', value: 100 });
  });

  it('asks for English headings and the cards not for the screen when the organizer chooses them', async () => {
    const page = await pool.page(PHONE);
    const queries = recordExportQueries(page);
    await openOrganizerPage(page);
    const urls = page.getByTestId('export-urls');
    expect(await urls.textContent()).toContain(`/api/events/${reply.event.id}/export?format=docx`);
    expect(await urls.textContent()).not.toContain('lang=');
    // The default names the event's language rather than leaving the organizer to guess.
    expect(await page.getByTestId('export-language').locator('option[value="event"]').textContent()).toBe('Bahasa acara (Bahasa Indonesia)');

    await page.getByTestId('export-language').selectOption('en');
    await page.getByTestId('export-not-for-screen').check();
    expect(await urls.textContent()).toContain(`/api/events/${reply.event.id}/export?format=docx&lang=en&includeNotForScreen=true`);

    const [download] = await Promise.all([page.waitForEvent('download', PATIENCE), page.getByTestId('export-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/^rapat-iat_(laporan|report)_(id|en|both)_\d{4}-\d{2}-\d{2}\.docx$/);
    // The scan reads the same cards the file will hold; its labels do not matter.
    expect(queries).toEqual(['?format=json&includeNotForScreen=true', '?format=docx&lang=en&includeNotForScreen=true']);
    const docx = await readDocx(await readFile((await download.path())!));
    expect(docx.headings.map((heading) => heading.text)).toContain('Introduction');
    expect(docx.captions.some((caption) => caption.text.includes('Action plan (RTL)'))).toBe(true);
    expect(docx.paragraphs.join('\n')).toContain(NOT_FOR_SCREEN);

    // Back to the defaults: the card stays out of the file.
    await page.getByTestId('export-language').selectOption('event');
    await page.getByTestId('export-not-for-screen').uncheck();
    const [plain] = await Promise.all([page.waitForEvent('download', PATIENCE), page.getByTestId('export-docx').click()]);
    expect(queries.slice(2)).toEqual(['?format=json', '?format=docx']);
    const plainDocx = await readDocx(await readFile((await plain.path())!));
    expect(plainDocx.paragraphs.join('\n')).toContain(SHOWN);
    expect(plainDocx.paragraphs.join('\n')).not.toContain(NOT_FOR_SCREEN);
  });

  it('Cancel aborts the request while the server renders and while the file arrives, and nothing is saved', async () => {
    const page = await pool.page();
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    const aborted: string[] = [];
    page.on('requestfailed', (request) => {
      if (isExport(request)) aborted.push(new URL(request.url()).search);
    });
    await openOrganizerPage(page);
    const progress = page.getByTestId('export-progress');
    const cancelled = page.getByTestId('export-cancelled');

    // While the server renders.
    await delayExport(page, 'zip', 10_000);
    await page.getByTestId('export-zip').click();
    await progress.and(page.locator('[data-stage="generating"]')).waitFor();
    await page.getByTestId('export-abort').click();
    await cancelled.waitFor();
    expect(await cancelled.textContent()).toBe('Unduhan dibatalkan. Tidak ada berkas yang disimpan.');
    expect(await progress.count()).toBe(0);
    expect(await page.getByTestId('export-zip').isEnabled()).toBe(true);
    await expect.poll(() => aborted, PATIENCE).toEqual(['?format=zip']);
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    // While the bytes arrive (about ten seconds for the whole file).
    await throttle(page, Math.ceil(zipBytes / 10));
    await page.getByTestId('export-zip').click();
    await progress.and(page.locator('[data-stage="downloading"]')).waitFor(PATIENCE);
    await page.getByTestId('export-abort').click();
    await cancelled.waitFor();
    await expect.poll(() => aborted, PATIENCE).toEqual(['?format=zip', '?format=zip']);

    // A download that was going to be saved would have been by now.
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
  });
});
