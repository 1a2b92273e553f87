import { describe, expect, it } from 'vitest';
import type { PublicEvent } from '@rembuk/shared';
import { PHONE, useBrowserSuite } from './browserHarness.js';

describe('creating an event', () => {
  const suite = useBrowserSuite();
  const { pool } = suite;

  it('an organizer fills the form on a phone and gets a join code, a participant link and a private link', async () => {
    const page = await pool.page(PHONE);
    await page.goto(suite.server.url);
    await page.getByTestId('create-event-link').click();

    await page.getByTestId('event-title').fill('Rembuk Wilayah TPPO');
    await page.getByTestId('event-date').fill('2030-07-21');
    await page.getByTestId('event-place').fill('Sanur, Bali');
    await page.getByTestId('event-time-zone').selectOption('WIB');
    // Edit the default groups: drop one, rename one, add a province from the quick list.
    await page.getByRole('button', { name: 'Hapus kelompok Maluku–Papua' }).click();
    await page.getByTestId('group-name').first().fill('Sumatera Utara & Aceh');
    await page.getByTestId('group-add-province').selectOption('Nusa Tenggara Barat');
    await page.getByTestId('create-submit').click();

    await page.getByTestId('organizer-page').waitFor();
    expect(await page.getByTestId('organizer-event-title').textContent()).toBe('Rembuk Wilayah TPPO');
    expect(await page.getByTestId('event-facts').textContent()).toBe('21 Juli 2030 · Sanur, Bali · WIB (UTC+7)');

    const joinCode = (await page.getByTestId('join-code').textContent()) ?? '';
    expect(joinCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await page.getByTestId('participant-link').inputValue()).toBe(`${suite.server.url}/j/${joinCode}`);
    const organizerLink = await page.getByTestId('organizer-link').inputValue();
    const eventId = new URL(page.url()).pathname.split('/')[2] ?? '';
    expect(organizerLink).toMatch(new RegExp(`^${suite.server.url}/o/${eventId}#key=.{20,}$`));
    // The key stays out of the address bar (it may be on a projector) once the page holds it.
    expect(page.url()).toBe(`${suite.server.url}/o/${eventId}`);

    const groupNames = await page.getByTestId('group-item').locator('.group-item-name').allTextContents();
    expect(groupNames).toContain('Sumatera Utara & Aceh');
    expect(groupNames).toContain('Nusa Tenggara Barat');
    expect(groupNames).not.toContain('Maluku–Papua');
    expect(groupNames).toHaveLength(8);

    // What participants will see matches what the organizer set up.
    const reply = await fetch(`${suite.server.url}/api/join/${joinCode}`);
    const { event } = (await reply.json()) as { event: PublicEvent };
    expect(event.timeZone).toBe('WIB');
    expect(event.groups.map((group) => group.name)).toEqual(groupNames);

    // A reload works from the key kept on the device.
    await page.reload();
    expect(await page.getByTestId('join-code').textContent()).toBe(joinCode);
  });

  it('an organizer without a title is told what is missing and nothing is created', async () => {
    const page = await pool.page();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.goto(`${suite.server.url}/new`);
    await page.getByTestId('create-submit').click();
    expect(await page.getByTestId('create-problems').textContent()).toContain('Isi nama acara.');
    expect(page.url()).toBe(`${suite.server.url}/new`);
    expect(posts).toEqual([]);
  });
});
