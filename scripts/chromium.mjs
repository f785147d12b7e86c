// Which Chromium the e2e tests run in. Shared by playwright.config.ts (to
// launch it) and scripts/test.mjs (to decide whether e2e can run at all), so
// the two can never disagree.
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

/**
 * Flags for running in containers and CI: no sandbox (we run as root), no
 * GPU, and none of the background traffic that would try to reach the
 * network, which is closed here.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * @typedef {object} FoundChromium
 * @property {'playwright' | 'system'} source
 * @property {string} path The browser binary that will run.
 * @property {string | undefined} executablePath What to pass to launchOptions:
 *   undefined for Playwright's own build, which it locates itself.
 */

/**
 * Playwright's own build wins when `npx playwright install chromium` has been
 * run, since it is the version Playwright is tested against. Otherwise fall
 * back to a system Chromium (Debian's package here; Playwright cannot
 * download browsers in this environment).
 *
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {FoundChromium | null}
 */
export function findChromium(env = process.env) {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return { source: 'playwright', path: own, executablePath: undefined };

  for (const candidate of [env.CHROMIUM_PATH, SYSTEM_CHROMIUM]) {
    if (candidate && existsSync(candidate)) {
      return { source: 'system', path: candidate, executablePath: candidate };
    }
  }
  return null;
}
