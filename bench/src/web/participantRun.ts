import type { Browser, Page } from 'playwright-core';
import { openPhone, untilScriptsSettle, type Phone, type ScriptTransfer } from './phoneContext.js';
import { readMark, type UsableMark } from './usabilityProbe.js';

export interface Board {
  serverUrl: string;
  joinCode: string;
  groupId: string;
  /** Cards on the board before the runs: an offline board is usable once they all show. */
  cards: number;
}

/** One cold participant, from the join link to the offline reload. */
export interface RunResult {
  /** Join link to usable join page, ms since navigation start (usabilityProbe.ts). */
  joinUsableMs: number;
  /** Offline reload to usable board, ms since the reload's navigation start. */
  offlineReloadMs: number;
  /** The same, measured by the bench process from the reload call to the moment it saw the mark (polling adds up to 50 ms). */
  offlineReloadWallMs: number;
  /** Scripts of the join page, once none was in flight for a second after it was usable. */
  joinScripts: ScriptTransfer[];
  /** Every script of the join page and the board it led to, once the board was synced and scripts settled. */
  boardScripts: ScriptTransfer[];
}

const STEP_TIMEOUT_MS = 60_000;

export function joinLink(board: Board): string {
  return `${board.serverUrl}/j/${encodeURIComponent(board.joinCode)}/${board.groupId}`;
}

export async function runParticipant(browser: Browser, board: Board, throttle: boolean): Promise<RunResult> {
  const phone = await openPhone(browser, board.cards, throttle);
  try {
    await phone.page.goto(joinLink(board), { waitUntil: 'commit' });
    const joinUsableMs = await untilMark(phone.page, 'join');
    await untilScriptsSettle(phone);
    const joinScripts = [...phone.scripts];

    await enterBoard(phone.page);
    await untilMark(phone.page, 'board');
    await untilScriptsSettle(phone);
    const boardScripts = [...phone.scripts];

    await untilServiceWorkerControls(phone.page);
    await untilEveryEditDelivered(phone.page);
    await phone.context.setOffline(true);
    const reloadStarted = performance.now();
    await phone.page.reload({ waitUntil: 'commit' });
    const offlineReloadMs = await untilMark(phone.page, 'board');
    const offlineReloadWallMs = performance.now() - reloadStarted;
    return { joinUsableMs, offlineReloadMs, offlineReloadWallMs, joinScripts, boardScripts };
  } finally {
    await phone.context.close();
  }
}

/**
 * Before the runs, one unthrottled phone writes `board.cards` challenges onto the board and waits until the server
 * has each (no card is still marked "saved on this phone").
 */
export async function seedBoard(browser: Browser, board: Board): Promise<void> {
  const phone: Phone = await openPhone(browser, 0, false);
  try {
    await phone.page.goto(joinLink(board));
    await untilMark(phone.page, 'join');
    await enterBoard(phone.page);
    for (let index = 0; index < board.cards; index++) {
      await phone.page.getByTestId('add-challenge').click();
      await phone.page.keyboard.type(`Tantangan ${index + 1}: calo menjanjikan kerja di luar negeri`);
    }
    await untilEveryEditDelivered(phone.page);
  } finally {
    await phone.context.close();
  }
}

async function enterBoard(page: Page): Promise<void> {
  const understood = page.getByTestId('join-info-continue');
  if ((await understood.count()) > 0) await understood.click();
  // The group's own link chose the group already; the participant presses join.
  await page.getByTestId('join-submit').click();
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: STEP_TIMEOUT_MS });
}

async function untilMark(page: Page, mark: UsableMark): Promise<number> {
  await page.waitForFunction(readMark, mark, { timeout: STEP_TIMEOUT_MS, polling: 50 });
  const value = await page.evaluate(readMark, mark);
  if (value === null) throw new Error(`the ${mark} mark is missing`);
  return value;
}

/** The part of the page's `navigator` used here (the bench compiles without DOM types). */
interface ServiceWorkerGlobal {
  navigator: {
    serviceWorker: {
      ready: Promise<unknown>;
      controller: unknown;
      addEventListener(type: 'controllerchange', listener: () => void, options: { once: boolean }): void;
    };
  };
}

/** The page's service worker controls it: only then does an offline reload get the app rather than an error page. */
async function untilServiceWorkerControls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { serviceWorker } = (globalThis as unknown as ServiceWorkerGlobal).navigator;
    await serviceWorker.ready;
    if (serviceWorker.controller) return;
    await new Promise<void>((resolve) => serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
  });
}

/** The board's copy on the phone is written as updates arrive; nothing of this phone's own is left undelivered. */
async function untilEveryEditDelivered(page: Page): Promise<void> {
  const marks = page.getByTestId('card-saved-here');
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while ((await marks.count()) > 0) {
    if (Date.now() > deadline) throw new Error('edits still undelivered');
    await page.waitForTimeout(100);
  }
  // y-indexeddb stores each update as it is applied; give its transaction a moment to commit before going offline.
  await page.waitForTimeout(500);
}
