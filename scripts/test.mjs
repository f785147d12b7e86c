#!/usr/bin/env node
// `npm test`: unit and component tests (Vitest), then browser tests
// (Playwright), then one summary line counting both, which CI reads.
//
// Without a Chromium the e2e tests cannot run. In CI that is a failure: a
// green build must mean the app was exercised in a browser. Locally it is
// only a loud warning, so the unit tests stay usable on any machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, 'test-results');
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');
const ci = Boolean(process.env.CI);

/**
 * @param {string} bin
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(bin, args, env = process.env) {
  const result = spawnSync(join(root, 'node_modules', '.bin', bin), args, {
    cwd: root,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) console.error(`Could not start ${bin}: ${result.error.message}`);
  // Killed by a signal or never started: still a failure.
  return result.status ?? 1;
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** @param {string[]} lines */
function banner(lines) {
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  const rule = '!'.repeat(width);
  console.error(['', rule, ...lines.map((line) => `! ${line.padEnd(width - 4)} !`), rule, ''].join('\n'));
}

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 * A runner that exits non-zero without reporting a failed test (it crashed,
 * the build broke, a config error) counts as one failure, so the summary can
 * never read "0 failed" for a broken run.
 * @param {Counts} counts
 * @param {number} status
 * @returns {Counts}
 */
function withCrash(counts, status) {
  return status !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

mkdirSync(reports, { recursive: true });
rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });

console.log('\n── Unit and component tests (Vitest) ──\n');
const vitestStatus = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitestJson = readJson(vitestReport);
if (!vitestJson) console.error('Vitest wrote no JSON report; its tests are missing from the summary.');
let counts = withCrash(
  {
    passed: vitestJson?.numPassedTests ?? 0,
    failed: vitestJson?.numFailedTests ?? 0,
    skipped: (vitestJson?.numPendingTests ?? 0) + (vitestJson?.numTodoTests ?? 0),
  },
  vitestStatus,
);

let status = vitestStatus;
const browser = findChromium();

if (!browser) {
  const lines = [
    'END-TO-END TESTS WERE NOT RUN: no Chromium found.',
    '',
    "Looked for Playwright's own build, $CHROMIUM_PATH and /usr/bin/chromium.",
    'Install one of them, e.g.:  apt-get install -y chromium',
  ];
  if (ci) {
    banner(['ERROR (CI): ' + lines[0], ...lines.slice(1)]);
    counts = { ...counts, failed: counts.failed + 1 };
    if (status === 0) status = 1;
  } else {
    banner(['WARNING: ' + lines[0], ...lines.slice(1), 'The summary below counts the Vitest tests only.']);
  }
} else {
  console.log(`\n── Browser tests (Playwright, ${browser.source} Chromium: ${browser.path}) ──\n`);
  const playwrightStatus = run('playwright', ['test', '--reporter=list,json'], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport,
  });
  const stats = readJson(playwrightReport)?.stats;
  const e2e = withCrash(
    {
      // Flaky tests failed first and passed on retry: they passed.
      passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
      failed: stats?.unexpected ?? 0,
      skipped: stats?.skipped ?? 0,
    },
    playwrightStatus,
  );
  counts = {
    passed: counts.passed + e2e.passed,
    failed: counts.failed + e2e.failed,
    skipped: counts.skipped + e2e.skipped,
  };
  if (status === 0) status = playwrightStatus;
}

const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(status);
