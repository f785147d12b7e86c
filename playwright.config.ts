import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Overridable so that several people (or helpers) can run e2e side by side
// without sharing a server or a build folder.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const baseURL = `http://localhost:${PORT}`;
const ci = Boolean(process.env.CI);

// No browser found: leave executablePath unset so Playwright's own error
// (with its install hint) is what a direct `playwright test` shows.
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  // A subfolder, because Playwright empties its outputDir on every run and
  // test-results/ also holds the unit-test report.
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: ci ? 1 : undefined,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  // The production build, not the dev server: it is what ships, and it
  // exercises the code splitting and the content plugin's build path.
  webServer: {
    // E2E_PREBUILT=1 (.ci/run, right after `npm run build`): serve the build already in OUT_DIR rather than
    // building the same thing again.
    command: `${process.env.E2E_PREBUILT ? '' : `npx vite build --logLevel warn --outDir ${OUT_DIR} && `}npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !ci,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
