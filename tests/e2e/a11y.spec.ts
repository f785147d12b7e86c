/**
 * Accessibility: axe-core's WCAG 2.0/2.1/2.2 A and AA rules find no violation
 * on any screen, in the light theme or the dark one. One journey through the
 * app as a user meets it — library, guide, question with its model answer,
 * practice setup, answering (the clock normal, amber and in overtime),
 * reveal and rate, summary, history and a replay, progress, your data,
 * not-found pages and the open dialogs — and every stop is scanned twice:
 * the whole rule set in light, then the colour rules again in dark (the DOM
 * is the same in both themes, so only colour can differ). The test fails at
 * the end with the full list, so one run shows everything there is to fix.
 *
 * The journey runs with the theme setting on System and the OS preference
 * emulated, so the app's own listener switches the theme under every scan,
 * dialogs included. The explicit Light and Dark choices in the header are
 * checked first to put <html> in the same state against the opposite OS
 * preference, so what is scanned under System is what they show.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { rateAll } from './support';

const SEED_SLUG = 'enterprise-partner-development-manager-interview-preparation';
const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules of that set whose outcome depends on colours, i.e. on the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type Theme = 'light' | 'dark';

interface Finding {
  where: string;
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** Emulates the OS colour scheme and waits for the app (theme setting System) to follow it. */
async function useScheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  const html = page.locator('html');
  await (theme === 'dark' ? expect(html).toHaveClass(/\bdark\b/) : expect(html).not.toHaveClass(/\bdark\b/));
}

async function axe(page: Page, findings: Finding[], where: string, colourOnly: boolean) {
  // Legacy mode: one axe.run per scan instead of a partial run per frame; the app has no frames.
  const builder = new AxeBuilder({ page }).setLegacyMode();
  const results = await (colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(TAGS)).analyze();
  for (const violation of results.violations) {
    findings.push({
      where,
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    });
  }
}

/**
 * Scans the screen as it is now: every rule in light (or only the colour
 * rules, for states that differ from a scanned screen only in colour), then
 * the colour rules in dark. Leaves the page dark.
 */
async function scan(page: Page, findings: Finding[], screen: string, { colourOnly = false } = {}) {
  await useScheme(page, 'light');
  await axe(page, findings, `${screen} [light]`, colourOnly);
  await useScheme(page, 'dark');
  await axe(page, findings, `${screen} [dark]`, true);
}

function report(findings: Finding[]) {
  return findings
    .map((finding) =>
      [
        `${finding.where}: ${finding.id} (${finding.impact}) — ${finding.help}`,
        ...finding.nodes.map((node) => `    ${node.target}\n      ${node.summary}`),
      ].join('\n'),
    )
    .join('\n');
}

// The service worker (and its update checks) has nothing to do with what is on screen; keep it out of the scans.
test.use({ serviceWorkers: 'block' });

test('no WCAG 2.2 AA violations on any screen, light and dark', async ({ page }) => {
  // About 40 scans of a few seconds each on a busy 2-core machine.
  test.setTimeout(360_000);
  const findings: Finding[] = [];
  // Colours are measured when they have settled, not halfway through a transition (reduced motion is instant).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The fake clock flows normally; it lets the answer clock jump to amber and overtime.
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();

  // The header's explicit choices win over the OS preference (the setting is persisted in settings.theme).
  const themeChoice = (name: string) => page.getByRole('radio', { name, exact: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await themeChoice('Dark').check({ force: true });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await themeChoice('Light').check({ force: true });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await themeChoice('System').check({ force: true });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');

  await scan(page, findings, 'home');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await scan(page, findings, 'keyboard shortcuts dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // A guide, then a question with its model answer shown.
  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();
  await expect(page.getByRole('link', { name: /Practise this guide/i })).toBeVisible();
  await scan(page, findings, 'guide page');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^How do you assess the technical capabilities/ })
    .click();
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByRole('button', { name: 'Hide model answer' })).toBeVisible();
  await scan(page, findings, 'question page, model answer revealed');

  // Practice: setup, answering (default 2-minute clock), reveal and rate, summary.
  await nav(page, 'Practise').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('2');
  await scan(page, findings, 'practice setup');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  await page.getByRole('textbox', { name: 'Your answer' }).fill('At Acme I ran a pilot with two vendors.');
  await scan(page, findings, 'answering');
  // Then the clock jumps to amber and to overtime (axe needs live timers, so the clock is never paused).
  // Red is left out: the same text as overtime on a paler (light) or darker (dark) panel, so more contrast.
  const timer = page.getByRole('timer');
  const secondsLeft = async () => {
    const [minutes, seconds] = (await timer.innerText()).split(':').map(Number);
    return minutes! * 60 + seconds!;
  };
  for (const [phase, target, face] of [
    ['amber', 55, /^0:[45]\d$/],
    ['overtime', -5, /^\+?0:\d\d$/],
  ] as const) {
    await page.clock.fastForward(((await secondsLeft()) - target) * 1000);
    await expect(timer).toHaveText(face);
    if (phase === 'overtime') await expect(page.getByText('Overtime', { exact: true })).toBeVisible();
    await scan(page, findings, `answering, clock ${phase}`, { colourOnly: true });
  }
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
  await rateAll(page, '3 Specific');
  await expect(page.getByRole('radio', { name: 'Good' })).toBeChecked();
  await scan(page, findings, 'reveal, rated');
  await page.getByRole('button', { name: 'Next question', exact: true }).click();
  await expect(page.getByText('Question 2 of 2')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Your answer' })
    .fill('I send partners a monthly scorecard and we signed one within a quarter.');
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await rateAll(page, '1 Vague');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
  await expect(page.getByRole('heading', { name: 'Retry these' })).toBeVisible();
  await scan(page, findings, 'session summary');

  // History (one session), its replay, progress.
  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const rows = page.getByRole('list', { name: 'Sessions' }).getByRole('article');
  await expect(rows).toHaveCount(1);
  await scan(page, findings, 'history');
  await rows.first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Session of / })).toBeVisible();
  await scan(page, findings, 'history replay');
  await nav(page, 'Progress').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('img').first()).toBeVisible();
  await scan(page, findings, 'progress');

  // Your data, and its confirm dialog.
  await nav(page, 'Your data').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await scan(page, findings, 'your data');
  await page.getByRole('button', { name: 'Clear all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await expect(dialog).toBeVisible();
  await scan(page, findings, 'clear-data confirm dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Not-found screens: an unknown path, guide, question and session.
  for (const [screen, path] of [
    ['not found', '/no-such-page'],
    ['question not found', `/questions/${SEED_SLUG}--no-such-question`],
    ['replay not found', '/history/no-such-session'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scan(page, findings, screen);
  }

  expect(findings.length, `axe violations:\n${report(findings)}`).toBe(0);
});

test('reduced motion: no transitions or animations', async ({ page }) => {
  await page.goto('/');
  const link = nav(page, 'History');
  const duration = () => link.evaluate((element) => getComputedStyle(element).transitionDuration);
  // The nav links animate their hover colour...
  expect(parseFloat(await duration())).toBeGreaterThan(0.05);
  // ...except for someone who asked for less motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(parseFloat(await duration())).toBeLessThanOrEqual(0.001);
});
