// Renders client/public/icon.svg to the PNG icons the web manifest lists (Android wants 192 and 512 PNGs), with
// the Chromium the browser tests use, so nothing is downloaded. Run after changing the SVG and commit the PNGs:
//   node scripts/renderIcons.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const publicDir = new URL('../client/public/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', publicDir), 'utf8');
const SIZES = [
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
  // iOS home screens ignore the manifest and look for this one.
  { file: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const { file, size } of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: new URL(file, publicDir).pathname, omitBackground: true });
    await page.close();
    console.log(`client/public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
