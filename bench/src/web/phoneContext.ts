import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { usabilityProbe } from './usabilityProbe.js';

/** Fast 3G as Chrome DevTools defines it, in the units CDP takes: bytes per second and milliseconds. */
export const FAST_3G = { downloadThroughput: 200_000, uploadThroughput: 93_750, latency: 150 } as const;
export const CPU_SLOWDOWN = 4;

/** Debian's Chromium with the flags of tests/browser/browserHarness.ts (nothing calls home on a closed network). */
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

/** One script response as the page received it. */
export interface ScriptTransfer {
  url: string;
  /** Bytes on the wire, headers included (CDP `Network.loadingFinished.encodedDataLength`). */
  wireBytes: number;
  /** The body as sent (`Content-Length`: brotli bytes when `Content-Encoding: br`). */
  bodyBytes: number;
  encoding: string;
}

export interface Phone {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Every script response of the page's target so far, in order of completion. */
  scripts: ScriptTransfer[];
  /** Script requests sent and not yet finished or failed. */
  pendingScripts(): number;
}

/**
 * A fresh phone: its own context (empty HTTP cache, no service worker, no storage), 390×844 with touch, Fast 3G
 * and 4× CPU slowdown on the page through CDP, the usability probe in every document, and a meter of script bytes.
 */
export async function openPhone(browser: Browser, expectedCards: number, throttle: boolean): Promise<Phone> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await context.addInitScript({ content: usabilityProbe(expectedCards) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const scripts: ScriptTransfer[] = [];
  const pending = new Map<string, { url: string; bodyBytes: number; encoding: string }>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.type === 'Script') pending.set(event.requestId, { url: event.request.url, bodyBytes: 0, encoding: '' });
  });
  cdp.on('Network.responseReceived', (event) => {
    const entry = pending.get(event.requestId);
    if (!entry) return;
    const headers = lowerCased(event.response.headers);
    entry.bodyBytes = Number(headers['content-length'] ?? 0);
    entry.encoding = headers['content-encoding'] ?? 'identity';
  });
  cdp.on('Network.loadingFinished', (event) => {
    const entry = pending.get(event.requestId);
    if (!entry) return;
    pending.delete(event.requestId);
    scripts.push({ ...entry, wireBytes: event.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (event) => pending.delete(event.requestId));
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...FAST_3G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return { context, page, cdp, scripts, pendingScripts: () => pending.size };
}

function lowerCased(headers: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) result[name.toLowerCase()] = String(value);
  return result;
}

/** Resolve once no script has been in flight for `quietMs` (lazy chunks fetched after first paint are counted). */
export async function untilScriptsSettle(phone: Phone, quietMs = 1000, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  let seen = phone.scripts.length;
  while (Date.now() < deadline) {
    if (phone.pendingScripts() > 0 || phone.scripts.length !== seen) {
      seen = phone.scripts.length;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`scripts still loading after ${timeoutMs} ms`);
}
