/**
 * `npx tsx scripts/icons.ts`: renders the PNG app icons in public/ from their
 * SVG sources, in the Chromium the e2e tests use (no image library needed).
 * Run it after changing public/favicon.svg or public/icon-maskable.svg and
 * commit the PNGs.
 *
 * - icon-192.png, icon-512.png: the favicon's rounded tile, transparent corners
 *   (manifest `purpose: any`);
 * - icon-maskable-512.png: full bleed, the mark inside the safe zone
 *   (`purpose: maskable`, for launchers that crop to their own shape);
 * - apple-touch-icon.png (180): full bleed too, since iOS rounds the corners
 *   itself and would show transparent ones black.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const pub = resolve(import.meta.dirname, '..', 'public');

const ICONS = [
  { source: 'favicon.svg', size: 192, out: 'icon-192.png', transparent: true },
  { source: 'favicon.svg', size: 512, out: 'icon-512.png', transparent: true },
  { source: 'icon-maskable.svg', size: 512, out: 'icon-maskable-512.png', transparent: false },
  { source: 'icon-maskable.svg', size: 180, out: 'apple-touch-icon.png', transparent: false },
];

const found = findChromium();
if (!found) {
  console.error('icons: no Chromium found (see README, "Set up")');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const svg = readFileSync(join(pub, icon.source)).toString('base64');
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${svg}" width="${icon.size}" height="${icon.size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode());
    writeFileSync(join(pub, icon.out), await page.screenshot({ omitBackground: icon.transparent, type: 'png' }));
    console.log(`public/${icon.out} (${icon.size}×${icon.size}) from public/${icon.source}`);
    await page.close();
  }
} finally {
  await browser.close();
}
