import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Debian's Chromium, with the flags that keep it from calling home on a closed network (TOOLCHAIN.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A mid-range Android phone's screen. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 860 } };

/** Every browser context a test opened, closed together in afterEach. */
export class ContextPool {
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly browser: () => Browser) {}

  async page(options: BrowserContextOptions = DESKTOP): Promise<Page> {
    const context = await this.browser().newContext(options);
    this.contexts.push(context);
    return context.newPage();
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }
}

/** What every browser test file shares: one server serving the built client, one Chromium, fresh contexts per test. */
export interface BrowserSuite {
  readonly server: TestServer;
  readonly pool: ContextPool;
}

/** Register the suite's hooks (start before all, close contexts after each test, stop after all). */
export function useBrowserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const pool = new ContextPool(() => {
    if (!browser) throw new Error('The browser suite has not started');
    return browser;
  });
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ serveClient: true }), launchChromium()]);
  });
  afterEach(() => pool.closeAll());
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server(): TestServer {
      if (!server) throw new Error('The browser suite has not started');
      return server;
    },
    pool,
  };
}

/**
 * Pick a group on /j/CODE (or the page the home form led to), optionally with a pseudonym, and enter its board.
 * The information screen (what is recorded, who sees it) comes first, once per tab.
 */
/** A participant's whole way in: open the event's join link, read the information, choose the group, join. */
export async function joinGroup(page: Page, server: { url: string }, event: { joinCode: string }, groupName: string, pseudonym?: string): Promise<void> {
  await page.goto(`${server.url}/j/${event.joinCode}`);
  await enterGroup(page, groupName, pseudonym);
}

export async function enterGroup(page: Page, groupName: string, pseudonym?: string): Promise<void> {
  await page.getByTestId('join-page').waitFor();
  const understood = page.getByTestId('join-info-continue');
  if ((await understood.count()) > 0) await understood.click();
  await page.getByRole('radio', { name: groupName, exact: true }).check();
  if (pseudonym) await page.getByTestId('pseudonym-input').fill(pseudonym);
  await page.getByTestId('join-submit').click();
  await waitUntilSynced(page);
}

/** The board shows "connected" only after the first sync with the server, so what follows sees the full board. */
export async function waitUntilSynced(page: Page): Promise<void> {
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 15_000 });
}

export function challengeTexts(page: Page): Locator {
  return page.getByTestId('column-challenge').getByTestId('card-text');
}

/** Current values of every challenge card's textarea, in board order. */
export async function challengeValues(page: Page): Promise<string[]> {
  const areas = challengeTexts(page);
  const count = await areas.count();
  const values: string[] = [];
  for (let index = 0; index < count; index++) values.push(await areas.nth(index).inputValue());
  return values;
}

/**
 * How long `expect.poll` waits for clients to agree. vitest's default (1 s) is shorter than a presence broadcast
 * plus a reconnect on a busy two-core CI machine; a real failure still fails, only later.
 */
export const PATIENCE = { timeout: 10_000 } as const;
