import { describe, expect, it } from 'vitest';
import type { CreateEventReply } from '@rembuk/shared';
import type { Page } from 'playwright-core';
import { PHONE, useBrowserSuite } from './browserHarness.js';
import { readPdf } from '../support/exportReaders.js';
import { scanQr } from '../support/scanQr.js';
import { createTestEvent } from '../support/testServer.js';

describe('printing join QR codes', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  /** The organizer opens the private link once (the key stays on the device), then the QR sheet from the page. */
  async function openQrSheet(created: CreateEventReply, viewport = { width: 1280, height: 860 }): Promise<Page> {
    const page = await pool.page({ viewport });
    await page.goto(`${suite.server.url}/o/${created.event.id}#key=${encodeURIComponent(created.organizerKey)}`);
    await page.getByTestId('open-qr-sheet').click();
    await page.getByTestId('qr-sheet').waitFor();
    expect(page.url()).toBe(`${suite.server.url}/o/${created.event.id}/qr`);
    return page;
  }

  it('the sheet has one QR code per group, each leading to the join page with that group chosen', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk Wilayah TPPO' });
    const { event } = created;
    expect(event.groups).toHaveLength(8);
    const page = await openQrSheet(created);

    const codes = page.getByTestId('qr-group-code');
    expect(await codes.count()).toBe(event.groups.length);
    expect(await page.getByTestId('qr-event-code').getAttribute('data-qr-text')).toBe(`${suite.server.url}/j/${event.joinCode}`);
    const host = new URL(suite.server.url).host;
    for (const [index, group] of event.groups.entries()) {
      const tent = page.getByTestId('qr-tent').nth(index);
      expect(await tent.getAttribute('data-group-id')).toBe(group.id);
      expect(await tent.getByRole('heading').first().textContent()).toBe(group.name);
      const url = `${suite.server.url}/j/${event.joinCode}/${group.id}`;
      expect(await codes.nth(index).getAttribute('data-qr-text')).toBe(url);
      // For those who type: the same address without its scheme, and the join code.
      expect(await tent.getByTestId('qr-group-url').textContent()).toBe(`${host}/j/${event.joinCode}/${group.id}`);
      expect(await tent.textContent()).toContain(event.joinCode);
      // A printed tent cannot switch language: it asks in both.
      expect(await tent.getByTestId('qr-tent-scan-other').textContent()).toBe('Scan to join');
    }

    // The drawing itself scans: a QR reader that knows nothing of how it was drawn reads the group's URL.
    const ntt = event.groups.findIndex((group) => group.name.startsWith('NTT'));
    const scanned = scanQr(await codes.nth(ntt).screenshot());
    expect(scanned).toBe(`${suite.server.url}/j/${event.joinCode}/${event.groups[ntt]?.id}`);
    expect(scanQr(await page.getByTestId('qr-event-code').screenshot())).toBe(`${suite.server.url}/j/${event.joinCode}`);

    // A phone opening the scanned address still sees the information first, then finds NTT chosen.
    const phone = await pool.page(PHONE);
    await phone.goto(scanned ?? '');
    await phone.getByTestId('join-page').waitFor();
    await phone.getByTestId('join-info-continue').click();
    const chosen = phone.getByRole('radio', { checked: true });
    expect(await chosen.count()).toBe(1);
    expect(await chosen.getAttribute('value')).toBe(event.groups[ntt]?.id);
    expect(await phone.getByRole('radio', { name: event.groups[ntt]?.name ?? '', exact: true }).isChecked()).toBe(true);
  });

  it('a group that no longer exists preselects nothing', async () => {
    const { event } = await createTestEvent(suite.server.url, { title: 'Rapat uji' });
    const phone = await pool.page(PHONE);
    await phone.goto(`${suite.server.url}/j/${event.joinCode}/zzzz9999`);
    await phone.getByTestId('join-page').waitFor();
    await phone.getByTestId('join-info-continue').click();
    expect(await phone.getByTestId('group-option').count()).toBe(event.groups.length);
    expect(await phone.getByRole('radio', { checked: true }).count()).toBe(0);
  });

  it('prints on A4: the event poster on the first page, then two table tents a page, without the app bar', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk Wilayah TPPO' });
    const page = await openQrSheet(created);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-bar').isVisible()).toBe(false);
    expect(await page.getByTestId('qr-print').isVisible()).toBe(false);

    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    const groups = created.event.groups;
    expect(pdf.pages).toHaveLength(1 + Math.ceil(groups.length / 2));
    for (const { width, height } of pdf.pages) {
      // A4 is 595 × 842 points.
      expect(Math.round(width)).toBe(595);
      expect(Math.round(height)).toBe(842);
    }
    expect(pdf.pages[0]?.lines.join('\n')).toContain(created.event.joinCode);
    for (const [index, group] of groups.entries()) {
      // A long name wraps onto a second line of its face.
      const tents = pdf.pages[1 + Math.floor(index / 2)]?.lines.join(' ') ?? '';
      expect(tents).toContain(group.name);
    }
  });

  it('the join screen fits a code for each of 20 groups on a 1280×720 projector, and they scan', async () => {
    const groups = Array.from({ length: 20 }, (_, index) => `Provinsi ${index + 1}`);
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk Nasional', groups });
    const page = await openQrSheet(created, { width: 1280, height: 720 });
    await page.getByTestId('qr-show-screen').click();
    await page.getByTestId('join-screen').waitFor();

    expect(await page.getByTestId('join-screen-code').textContent()).toBe(created.event.joinCode);
    const codes = page.getByTestId('join-screen-group-qr');
    expect(await codes.count()).toBe(20);
    for (let index = 0; index < 20; index++) {
      const box = await codes.nth(index).boundingBox();
      // Inside the screen, nothing to scroll to, and big enough for a phone a few rows back.
      expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 720).toBe(true);
      expect(box?.width).toBeGreaterThanOrEqual(80);
    }
    const last = created.event.groups[19];
    expect(scanQr(await codes.nth(19).screenshot())).toBe(`${suite.server.url}/j/${created.event.joinCode}/${last?.id}`);

    await page.keyboard.press('Escape');
    expect(await page.getByTestId('join-screen').count()).toBe(0);
  });
});
