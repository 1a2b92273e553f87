import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkInterfaces } from '@rembuk/server';
import { ServerAddress, type CreateEventReply } from '@rembuk/shared';
import type { Browser, Page } from 'playwright-core';
import { ContextPool, launchChromium } from './browserHarness.js';
import { scanQr } from '../support/scanQr.js';
import { createTestEvent, startTestServer, type TestServer, type TestServerOptions } from '../support/testServer.js';

const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** A laptop on the venue wifi: what the server sees, whatever machine runs the test. */
const VENUE_LAPTOP: NetworkInterfaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '00:00:00:00:00:00', cidr: '127.0.0.1/8' }],
  wlan0: [{ address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '02:00:00:00:00:01', cidr: '192.168.1.20/24' }],
  eth0: [{ address: '10.20.0.7', family: 'IPv4', internal: false, netmask: '255.255.0.0', mac: '02:00:00:00:00:02', cidr: '10.20.0.7/16' }],
};

describe('an organizer page opened on localhost', () => {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  const pool = new ContextPool(() => {
    if (!browser) throw new Error('Chromium has not started');
    return browser;
  });
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await pool.closeAll();
    await server?.close();
    server = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function start(options: TestServerOptions): Promise<{ local: string; created: CreateEventReply; address: ServerAddress }> {
    server = await startTestServer({ serveClient: true, ...options });
    const created = await createTestEvent(server.url, { title: 'Rembuk Wilayah TPPO', groups: ['NTT', 'Papua', 'Sulawesi'] });
    const address = ServerAddress.parse(await (await fetch(`${server.url}/api/server`)).json());
    return { local: `http://localhost:${server.port}`, created, address };
  }

  /** The organizer opens the private link on the laptop, at localhost, as the README's first command suggests. */
  async function openOrganizer(local: string, created: CreateEventReply): Promise<Page> {
    const page = await pool.page({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${local}/o/${created.event.id}#key=${encodeURIComponent(created.organizerKey)}`);
    await page.getByTestId('organizer-page').waitFor();
    return page;
  }

  /** Every QR code of the sheet and its join screen, as a phone's camera reads them. */
  async function scannedCodes(page: Page): Promise<{ event: string | null; groups: (string | null)[]; screen: string | null }> {
    await page.getByTestId('open-qr-sheet').click();
    await page.getByTestId('qr-sheet').waitFor();
    const event = scanQr(await page.getByTestId('qr-event-code').screenshot());
    const tents = page.getByTestId('qr-group-code');
    const groups: (string | null)[] = [];
    for (let index = 0; index < (await tents.count()); index++) groups.push(scanQr(await tents.nth(index).screenshot()));
    await page.getByTestId('qr-show-screen').click();
    await page.getByTestId('join-screen').waitFor();
    const screen = scanQr(await page.getByTestId('join-screen-group-qr').first().screenshot());
    return { event, groups, screen };
  }

  it('encodes REMBUK_PUBLIC_URL in every link and QR code, and says why', async () => {
    const publicUrl = 'https://rembuk.example.org';
    const { local, created } = await start({ publicUrl, host: '0.0.0.0', networkInterfaces: () => VENUE_LAPTOP });
    const { event } = created;
    const page = await openOrganizer(local, created);

    const warning = page.getByTestId('local-address-warning');
    expect(await warning.textContent()).toContain(publicUrl);
    expect(await page.getByTestId('participant-link').inputValue()).toBe(`${publicUrl}/j/${event.joinCode}`);
    expect(await page.getByTestId('organizer-link').inputValue()).toMatch(new RegExp(`^${publicUrl}/o/${event.id}#key=`));
    // Reopening the page there carries the key along: the key this browser stored belongs to localhost alone.
    const offered = page.getByTestId('local-address-link');
    expect(await offered.first().getAttribute('data-origin')).toBe(publicUrl);
    expect(await offered.first().getAttribute('href')).toBe(`${publicUrl}/o/${event.id}#key=${encodeURIComponent(created.organizerKey)}`);

    const codes = await scannedCodes(page);
    expect(codes.event).toBe(`${publicUrl}/j/${event.joinCode}`);
    expect(codes.groups).toEqual(event.groups.map((group) => `${publicUrl}/j/${event.joinCode}/${group.id}`));
    expect(codes.screen).toBe(`${publicUrl}/j/${event.joinCode}/${event.groups[0]?.id}`);
  });

  it('encodes the LAN address without REMBUK_PUBLIC_URL, and offers each LAN address', async () => {
    const { local, created } = await start({ host: '0.0.0.0', networkInterfaces: () => VENUE_LAPTOP });
    const { event } = created;
    const lan = `http://192.168.1.20:${server?.port}`;
    const page = await openOrganizer(local, created);

    const warning = page.getByTestId('local-address-warning');
    await warning.waitFor();
    expect(await warning.getByRole('heading').textContent()).toBe('Ponsel tidak bisa membuka alamat ini');
    expect(await page.getByTestId('participant-link').inputValue()).toBe(`${lan}/j/${event.joinCode}`);
    const offered = page.getByTestId('local-address-link');
    expect(await offered.evaluateAll((links) => links.map((link) => link.getAttribute('data-origin')))).toEqual([lan, `http://10.20.0.7:${server?.port}`]);

    await page.getByTestId('language-en').click();
    expect(await warning.getByRole('heading').textContent()).toBe('Phones cannot open this address');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await warning.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'organizer-localhost-warning.png'), animations: 'disabled' });

    const codes = await scannedCodes(page);
    expect(codes.event).toBe(`${lan}/j/${event.joinCode}`);
    expect(codes.groups).toEqual(event.groups.map((group) => `${lan}/j/${event.joinCode}/${group.id}`));
    expect(codes.screen).toBe(`${lan}/j/${event.joinCode}/${event.groups[0]?.id}`);
  });

  it('on this machine’s own interfaces, encodes its first LAN address (and warns of nothing there), or says phones cannot reach it', async () => {
    const { local, created, address } = await start({ host: '0.0.0.0' });
    const { event } = created;
    const page = await openOrganizer(local, created);
    const warning = page.getByTestId('local-address-warning');
    await warning.waitFor();
    const codes = await scannedCodes(page);
    const first = address.lanUrls[0];
    if (first) {
      expect(codes.event).toBe(`${first}/j/${event.joinCode}`);
      // Opened at that address, the page warns of nothing and its links keep it.
      const atLan = await openOrganizer(first, created);
      expect(await atLan.getByTestId('participant-link').inputValue()).toBe(`${first}/j/${event.joinCode}`);
      expect(await atLan.getByTestId('local-address-warning').count()).toBe(0);
    } else {
      // A machine with no network: the codes can only name localhost, and the page says phones cannot use them.
      expect(await warning.textContent()).toContain('REMBUK_PUBLIC_URL');
      expect(codes.event).toBe(`${local}/j/${event.joinCode}`);
    }
  });
});
