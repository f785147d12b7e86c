/**
 * Accessibility: axe-core's WCAG 2.0/2.1/2.2 A and AA rules find no violation
 * on any screen, in the light theme or the dark one, at desktop or phone
 * width. One journey through the app as a user meets it — library, guide,
 * question with its model answer, practice setup, answering (the clock
 * normal, amber and in overtime), reveal and rate, summary, history and a
 * replay, progress, your data, not-found pages and the open dialogs — and
 * every stop is reached once and scanned in four views: desktop light,
 * phone light and phone dark with the whole rule set (the layout changes at
 * 375 px — the header's Menu, stacked panels — so both phone themes get
 * everything), desktop dark with the colour rules (the DOM is the same as in
 * desktop light, so only colour can differ). The test fails at the end with
 * the full list, so one run shows everything there is to fix.
 *
 * The journey runs with the theme setting on System and the OS preference
 * emulated, so the app's own listener switches the theme under every scan,
 * dialogs included. The explicit Light and Dark choices in the header are
 * checked first to put <html> in the same state against the opposite OS
 * preference, so what is scanned under System is what they show.
 *
 * Speed: axe-core goes into each document once (an init script) and runs
 * there directly, reporting the nodes of violations only; the views are
 * taken in an order that needs one theme change and two resizes per screen.
 */
import { createRequire } from 'node:module';

import type AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { answerAndSubmit, rateAll, reloadApp, startSession, waitForApp } from './support';

const SEED_SLUG = 'enterprise-partner-development-manager-interview-preparation';
const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules of that set whose outcome depends on colours, i.e. on the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type Theme = 'light' | 'dark';
type Rules = 'all' | 'colour';

const WIDTHS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 812 },
} as const;
type Width = keyof typeof WIDTHS;
const OTHER_WIDTH: Record<Width, Width> = { desktop: 'phone', phone: 'desktop' };
const OTHER_THEME: Record<Theme, Theme> = { light: 'dark', dark: 'light' };

/**
 * axe-core as @axe-core/playwright pins it (its own dependency, not whichever
 * copy is at the top of node_modules), loaded into every document the page
 * opens and run there directly. AxeBuilder.analyze() would evaluate the
 * whole ~600 kB script twice and make half a dozen round trips on every
 * scan, more time than most scans take.
 */
const AXE_SCRIPT = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
  'axe-core/axe.min.js',
);
type RunOptions = Parameters<AxeBuilder['options']>[0];
type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

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

/**
 * Waits in the page for `frames` rendered frames and until <html> is dark or
 * not as asked, then for anything still animating. Under reduced motion
 * a transition lasts 0.01 ms (src/styles.css) but still runs until the next
 * frame, so a scan straight after a theme change could read the old theme's
 * colours on some elements.
 */
async function settle(page: Page, { frames, dark }: { frames: number; dark: boolean }) {
  await page.evaluate(
    async ({ frames, dark }) => {
      const html = document.documentElement;
      // Frames counted on the Web Animations timeline: requestAnimationFrame belongs to the fake clock.
      const nextFrame = () => html.animate([], 1).finished;
      for (let frame = 0; frame < frames || html.classList.contains('dark') !== dark; frame++) {
        if (frame === 300) throw new Error(`<html> is still ${dark ? 'light' : 'dark'} after 300 frames`);
        await nextFrame();
      }
      await Promise.allSettled(document.getAnimations().map((animation) => animation.finished));
    },
    { frames, dark },
  );
}

/** Emulates the OS colour scheme and waits for the app (theme setting System) to follow it, a frame later. */
async function useScheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await settle(page, { frames: 0, dark: theme === 'dark' });
}

/**
 * Resizes the page. Media queries apply at once, but the progress chart
 * measures itself (ResizeObserver, called in the next frame) and re-renders
 * after that.
 */
async function useWidth(page: Page, width: Width, theme: Theme) {
  await page.setViewportSize(WIDTHS[width]);
  await settle(page, { frames: 2, dark: theme === 'dark' });
}

/** Scans the page as it is now with one set of rules and adds what axe finds to `findings`. */
async function axe(page: Page, findings: Finding[], where: string, rules: Rules) {
  const options = {
    runOnly: rules === 'all' ? { type: 'tag', values: TAGS } : { type: 'rule', values: COLOUR_RULES },
    // The nodes of violations only, not of every check that passed.
    resultTypes: ['violations'],
  } satisfies RunOptions;
  const run = () =>
    page.evaluate(async (options) => {
      const { axe } = window as unknown as {
        axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
      };
      if (!axe) throw new Error('axe-core is not loaded in this document');
      const results = await axe.run(document, options);
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(' '),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      }));
    }, options);
  let violations = await run();
  // A colour read mid-way through a theme switch (seen once in CI: one element still in the old
  // palette) is not a violation: what is found is checked again once no transition is running, and
  // only what is still there counts. A real violation is there both times.
  if (violations.length > 0) {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    violations = await run();
  }
  findings.push(...violations.map((violation) => ({ where, ...violation })));
}

/**
 * Scans screens in four views: desktop light, phone light and phone dark
 * with every rule, desktop dark with the colour rules only (the DOM is the
 * same in both themes at one width). It keeps track of the view the page is
 * in and takes the views in the order that needs the fewest changes, and the
 * cheaper ones (a theme change restyles every element, a resize less): both
 * widths in the current theme, then both in the other, ending at the width
 * it started at. So the journey in between stays at desktop width, and the
 * theme alternates from one screen to the next.
 */
function scanner(page: Page) {
  const findings: Finding[] = [];
  let width: Width = 'desktop';
  let theme: Theme = 'light';

  /** Scans the screen as it is now; `colourOnly` for states that differ from a scanned screen only in colour. */
  async function scan(screen: string, { colourOnly = false } = {}) {
    const views: [Width, Theme][] = [
      [width, theme],
      [OTHER_WIDTH[width], theme],
      [OTHER_WIDTH[width], OTHER_THEME[theme]],
      [width, OTHER_THEME[theme]],
    ];
    for (const [nextWidth, nextTheme] of views) {
      if (nextWidth !== width) await useWidth(page, (width = nextWidth), theme);
      if (nextTheme !== theme) await useScheme(page, (theme = nextTheme));
      const rules: Rules = colourOnly || (width === 'desktop' && theme === 'dark') ? 'colour' : 'all';
      await axe(
        page,
        findings,
        `${screen} [${width}, ${theme}, ${rules === 'all' ? 'all rules' : 'colour rules'}]`,
        rules,
      );
    }
  }

  return { findings, scan };
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

test('no WCAG 2.2 AA violations on any screen, light and dark, desktop and phone', async ({ page }) => {
  // 72 scans, most well under a second; a busy 2-core machine can take several times as long.
  test.setTimeout(240_000);
  const { findings, scan } = scanner(page);
  // Colours are measured when they have settled, not halfway through a transition (reduced motion is instant).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The fake clock flows normally; it lets the answer clock jump to amber and overtime.
  await page.clock.install();
  await page.addInitScript({ path: AXE_SCRIPT });
  await page.setViewportSize(WIDTHS.desktop);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await waitForApp(page);

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
  // The scanner starts in desktop light.
  await useScheme(page, 'light');

  await scan('home');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await scan('keyboard shortcuts dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // A guide, then a question with its model answer shown.
  await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();
  await expect(page.getByRole('link', { name: /Practise this guide/i })).toBeVisible();
  await scan('guide page');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^How do you assess the technical capabilities/ })
    .click();
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByRole('button', { name: 'Hide model answer' })).toBeVisible();
  await scan('question page, model answer revealed');

  // Practice: setup, answering (default 2-minute clock), reveal and rate, summary.
  await nav(page, 'Practise').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice session' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Questions' }).fill('2');
  await scan('practice setup');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  await page.getByRole('textbox', { name: 'Your answer' }).fill('At Acme I ran a pilot with two vendors.');
  await scan('answering');
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
    await scan(`answering, clock ${phase}`, { colourOnly: true });
    // Still in that phase: the clock went on running under the scans.
    await expect(page.getByRole('region', { name: 'Answer clock' })).toHaveAttribute('data-phase', phase);
  }
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('heading', { name: 'Compare and rate' })).toBeVisible();
  await rateAll(page, '3 Specific');
  await expect(page.getByRole('radio', { name: 'Good' })).toBeChecked();
  await scan('reveal, rated');
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
  await scan('session summary');

  // History (one session), its replay, progress.
  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const rows = page.getByRole('list', { name: 'Sessions' }).getByRole('article');
  await expect(rows).toHaveCount(1);
  await scan('history');
  await rows.first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Session of / })).toBeVisible();
  await scan('history replay');
  await nav(page, 'Progress').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('img').first()).toBeVisible();
  await scan('progress');

  // Your data, and its confirm dialog.
  await nav(page, 'Your data').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await scan('your data');
  await page.getByRole('button', { name: 'Clear all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await expect(dialog).toBeVisible();
  await scan('clear-data confirm dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Not-found screens: an unknown path (an unknown guide gets the same one), question and session.
  for (const [screen, path] of [
    ['not found', '/no-such-page'],
    ['question not found', `/questions/${SEED_SLUG}--no-such-question`],
    ['replay not found', '/history/no-such-session'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scan(screen);
  }

  expect(findings.length, `axe violations:\n${report(findings)}`).toBe(0);
});

test('no violations when the review’s code could not load', async ({ page }) => {
  const { findings, scan } = scanner(page);
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.addInitScript({ path: AXE_SCRIPT });
  await page.setViewportSize(WIDTHS.desktop);
  await startSession(page);

  // The review's chunk cannot load (a dropped connection before the app was cached, or a new version deployed).
  await page.route(/\/assets\/reveal-chunk-[\w-]+\.js$/, (route) => route.abort());
  await reloadApp(page);
  await answerAndSubmit(page);
  await expect(page.getByRole('heading', { name: 'The model answer could not load' })).toBeVisible();
  await scan('review could not load');

  expect(findings.length, `axe violations:\n${report(findings)}`).toBe(0);
});

test('reduced motion: no transitions or animations', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const link = nav(page, 'History');
  const duration = () => link.evaluate((element) => getComputedStyle(element).transitionDuration);
  // The nav links animate their hover colour...
  expect(parseFloat(await duration())).toBeGreaterThan(0.05);
  // ...except for someone who asked for less motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(parseFloat(await duration())).toBeLessThanOrEqual(0.001);
});
