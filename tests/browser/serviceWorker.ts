import type { Page } from 'playwright-core';

/**
 * Wait until the app's service worker controls the page (it claims the page it was installed from): before that,
 * an offline reload gets the browser's error page, as on a phone whose first visit did not finish installing.
 */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
  });
}
