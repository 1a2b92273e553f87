import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_REGION_GROUPS, type CreateEventReply } from '@rembuk/shared';
import { commandOk, openControl } from '../support/controlClient.js';
import { createAccessKey, createTestEvent } from '../support/testServer.js';
import { seedWallEvent } from '../support/wallFixture.js';
import { PATIENCE, useBrowserSuite } from './browserHarness.js';

const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const SIZES = [['1920', { viewport: { width: 1920, height: 1080 } }], ['1280', { viewport: { width: 1280, height: 720 } }]] as const;

/** Names as organizers type them: long, with brackets, dashes and slashes, up to the 80 characters allowed. */
const LONG_NAMES = [
  ...DEFAULT_REGION_GROUPS.slice(0, 5),
  'Kabupaten Timor Tengah Selatan dan Timor Tengah Utara',
  'Maluku–Papua',
  'Nasional/ASEAN (Kementerian, Lembaga dan Mitra Pembangunan Internasional)',
];

interface NameFit {
  name: string;
  /** Characters or lines cut off, or the name sticking out of its tile. */
  cut: boolean;
}

/** Every group name on the wall, and whether any of it is hidden (ellipsis, overflow, outside its tile). */
function namesOnWall(page: Page): Promise<NameFit[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.wall-group-name')].map((element) => {
      const tile = element.closest('.wall-tile, .wall-spotlight');
      const box = element.getBoundingClientRect();
      const tileBox = tile?.getBoundingClientRect();
      const outside = tileBox ? box.left < tileBox.left - 1 || box.right > tileBox.right + 1 || box.bottom > tileBox.bottom + 1 : true;
      // The whole heading counts: a phase or countdown pushed out of the tile also squeezes the name.
      const head = element.closest('.wall-group-head');
      const overflowing = [element, head].some((box) => box && (box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1));
      return { name: element.textContent ?? '', cut: outside || overflowing };
    }),
  );
}

/** Per tile: cards listed (visible), and whether a card left invisible would in fact have fitted. */
function tileUse(page: Page): Promise<{ listed: number; visible: number; hiddenThatFits: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.wall-tile')].map((tile) => {
      const body = tile.querySelector('.wall-tile-body');
      const items = [...tile.querySelectorAll('[data-fit-item]')];
      const bottom = body?.getBoundingClientRect().bottom ?? 0;
      const firstHidden = items.find((item) => item.closest('.wall-overflowing'));
      return {
        listed: tile.querySelectorAll('[data-testid="wall-challenge"]').length,
        visible: items.filter((item) => !item.closest('.wall-overflowing') && item.matches('[data-testid="wall-challenge"]')).length,
        hiddenThatFits: firstHidden && firstHidden.getBoundingClientRect().bottom <= bottom + 0.5 ? 1 : 0,
      };
    }),
  );
}

function overlaps(a: DOMRect | { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** One group (NTT) in the plan phase with a lock-at-zero countdown of its own: the widest status a tile shows. */
async function planWithCountdown(serverUrl: string, reply: CreateEventReply, groupIndex: number): Promise<void> {
  const organizer = await openControl(serverUrl, { token: reply.organizerKey, eventId: reply.event.id });
  try {
    const scope = { kind: 'group', groupId: reply.event.groups[groupIndex]!.id };
    await commandOk(organizer, { type: 'setPhase', scope, phase: 'plan' });
    await commandOk(organizer, { type: 'startTimer', scope, durationMs: 3 * 60_000, onZero: 'lock' });
  } finally {
    organizer.disconnect();
  }
}

describe('the projector wall’s group names', () => {
  const suite = useBrowserSuite();

  it('shows every one of the eight default names in full at 1920×1080 and 1280×720, with a group planning against a countdown', async () => {
    const { reply, projectorKey } = await seedWallEvent(suite.server, async (created) =>
      (await createAccessKey(suite.server.url, created, { role: 'projector' })).secret,
    );
    await planWithCountdown(suite.server.url, reply, 3);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [size, options] of SIZES) {
      const wall = await suite.pool.page(options);
      await wall.goto(`${suite.server.url}/p/${reply.event.id}#key=${encodeURIComponent(projectorKey)}&join=${reply.event.joinCode}`);
      await expect.poll(() => wall.getByTestId('wall-group').count(), PATIENCE).toBe(8);
      const ntt = wall.getByTestId('wall-group').filter({ hasText: 'NTT (Nusa Tenggara Timur)' });
      await expect.poll(() => ntt.getByTestId('countdown').count(), PATIENCE).toBe(1);
      expect(await ntt.locator('.wall-phase').textContent()).toBe('Merencanakan');

      expect(await namesOnWall(wall)).toEqual(DEFAULT_REGION_GROUPS.map((name) => ({ name, cut: false })));

      // The controls show for a few seconds after opening: never over the join address.
      const controls = await wall.locator('.wall-controls--visible').boundingBox();
      const join = await wall.getByTestId('wall-join-hint').boundingBox();
      expect(controls && join && overlaps(controls, join)).toBe(false);

      await wall.locator('.wall-controls:not(.wall-controls--visible)').waitFor({ state: 'attached' });
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-names-${size}.png`), animations: 'disabled' });

      // Tiles list whatever fits, not a fixed two: no challenge left out that had room. Sumatera's action that answers no challenge is on the overview too.
      const use = await tileUse(wall);
      expect(use.map((tile) => tile.hiddenThatFits)).toEqual(use.map(() => 0));
      expect(use.map((tile) => tile.visible >= Math.min(1, tile.listed))).toEqual(use.map(() => true));
      const sumatera = wall.getByTestId('wall-group').filter({ hasText: 'Sumatera' });
      await expect.poll(() => sumatera.getByTestId('wall-other-actions').locator('.wall-action:visible').allTextContents()).toEqual([
        'Forum koordinasi bulanan antar dinas',
      ]);

    }
  });

  it('wraps long names instead of cutting them, on the overview and full screen', async () => {
    const created = await createTestEvent(suite.server.url, { title: 'Rembuk dengan nama panjang', groups: LONG_NAMES });
    const projectorKey = await createAccessKey(suite.server.url, created, { role: 'projector' });
    await planWithCountdown(suite.server.url, created, 7);
    for (const [size, options] of SIZES) {
      const wall = await suite.pool.page(options);
      await wall.goto(`${suite.server.url}/p/${created.event.id}#key=${encodeURIComponent(projectorKey.secret)}&join=${created.event.joinCode}`);
      await expect.poll(() => wall.getByTestId('wall-group').count(), PATIENCE).toBe(8);
      await wall.getByTestId('wall-group').last().getByTestId('countdown').waitFor();
      expect(await namesOnWall(wall)).toEqual(LONG_NAMES.map((name) => ({ name, cut: false })));
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-long-names-${size}.png`), animations: 'disabled' });

      await wall.goto(`${suite.server.url}/p/${created.event.id}?view=group&group=${created.event.groups[7]!.id}#key=${encodeURIComponent(projectorKey.secret)}`);
      await wall.getByTestId('wall-spotlight').getByTestId('countdown').waitFor();
      await wall.screenshot({ path: resolve(SCREENSHOTS, `wall-long-name-group-${size}.png`), animations: 'disabled' });
      expect(await namesOnWall(wall)).toEqual([{ name: LONG_NAMES[7], cut: false }]);
    }
  });
});
