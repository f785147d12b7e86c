import { expect, type Page, test } from '@playwright/test';

import { answerAndSubmit, rateAll, reloadApp, SAMPLE_ANSWER, startSession } from './support';

// Routed requests must reach Playwright, not the service worker's cache.
test.use({ serviceWorkers: 'block' });

const SEED_TITLE = 'Enterprise Partner Development Manager Interview Preparation';
/**
 * From the next navigation on, notes, at the moment an element matching `trigger` first enters the
 * page, whether `expected` (a selector, or text in <main>) is already there. Read it with `hadOnFirst`.
 * The prerendered library in index.html (scripts/prerender.ts), hidden for a returning user, does not count.
 */
async function watchFirst(page: Page, trigger: string, expected: { selector: string } | { text: string }) {
  await page.addInitScript(
    ({ trigger, expected }) => {
      const live = (selector: string) =>
        [...document.querySelectorAll(selector)].find((element) => !element.closest('[data-prerendered]'));
      new MutationObserver((_records, observer) => {
        if (!live(trigger)) return;
        (window as unknown as { __hadOnFirst?: boolean }).__hadOnFirst =
          'selector' in expected
            ? live(expected.selector) !== undefined
            : (live('main')?.textContent ?? '').includes(expected.text);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    },
    { trigger, expected },
  );
}

const hadOnFirst = (page: Page) => page.evaluate(() => (window as unknown as { __hadOnFirst?: boolean }).__hadOnFirst);

/** One of the app's chunks (by the name Vite gives it) arriving 0.7 s late, as on a slow network. */
async function delayChunk(page: Page, name: string) {
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
}

/**
 * From the next navigation on, IndexedDB answers the app's opening of its database 0.7 s late, as a slow
 * phone's storage can: whatever the page shows from stored data is read well after its code is in.
 */
async function delayDatabase(page: Page) {
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      const listen = request.addEventListener.bind(request);
      request.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) =>
        listen(
          type,
          type === 'success' ? (event: Event) => setTimeout(() => listener(event), 700) : listener,
          options,
        )) as typeof request.addEventListener;
      return request;
    };
  });
}

/** Holds one of the app's chunks back until the returned function is called. */
async function holdChunk(page: Page, name: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Reloads the page with one of its chunks held back (as on a slow network); returns its release. */
async function reloadHolding(page: Page, name: string): Promise<() => void> {
  const release = await holdChunk(page, name);
  await page.reload();
  return release;
}

/** The review schedules saved in the app's database. */
const storedSchedules = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ questionId: string; log: unknown[] }[]>((resolve, reject) => {
        const open = indexedDB.open('rehearse');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('schedules').objectStore('schedules').getAll();
          read.onsuccess = () => {
            resolve(read.result);
            open.result.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );

test('a returning user’s continue banner is in the home page’s first paint, not pushed in above the guides after it', async ({
  page,
}) => {
  // A session in progress, as a returning user has.
  await startSession(page);

  await watchFirst(page, 'main a[href^="/guides/"]', { selector: '#continue-session' });
  // The store's code arriving late: the page must wait for it, not render without it.
  await delayChunk(page, 'store');

  await page.goto('/');
  await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Continue your session' })).toBeVisible();
  expect(await hadOnFirst(page)).toBe(true);
});

test('a guide page shows the user’s progress in its first paint, not pushed in after it', async ({ page }) => {
  // One answer rated, as a returning user has.
  await startSession(page);
  await answerAndSubmit(page);
  await rateAll(page, '3 Specific');
  await page.getByRole('button', { name: /Next question/ }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();

  await watchFirst(page, '#guide-title', { text: 'You have rated answers to' });
  // The stored attempts read well after the guide's data and code are in. (Not a late chunk: the database
  // code is part of the store's chunk, which the guide page's own code imports, so it waits for it anyway.)
  await delayDatabase(page);

  await page.goto('/guides/enterprise-partner-development-manager-interview-preparation');
  await expect(page.getByText(/You have rated answers to/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('guide-with-progress.png') });
  expect(await hadOnFirst(page)).toBe(true);
});

test('the answering screen does not wait for the review scheduler’s code; a rating given before it arrives is scheduled when it does', async ({
  page,
}) => {
  await startSession(page);

  // A reload with FSRS's chunk held back, as on a slow network: the question must not wait for it.
  const release = await reloadHolding(page, 'schedule-sync');
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();

  // Answered and rated while the scheduler is still on its way.
  await answerAndSubmit(page);
  await rateAll(page, '3 Specific');
  await page.getByRole('button', { name: /Next question/ }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
  expect(await storedSchedules(page)).toEqual([]);

  release();
  await expect.poll(async () => (await storedSchedules(page)).map((schedule) => schedule.log.length)).toEqual([1]);
});

test.describe('the review’s code, a lazy chunk of the answering screen', () => {
  const rubric = (page: Page) => page.getByRole('radiogroup', { name: 'Rate your context' });

  test('the question paints without it; it is fetched while the user writes, and Submit shows the review', async ({
    page,
  }) => {
    await startSession(page);
    const release = await reloadHolding(page, 'reveal-chunk');
    // Submitted before the code has arrived (a very quick answer, or a slow network): a loading line first.
    await answerAndSubmit(page);
    await expect(page.getByRole('status').filter({ hasText: 'Loading the model answer' })).toBeVisible();
    release();
    await expect(rubric(page)).toBeVisible();
    await expect(page.getByText('Loading the model answer')).toHaveCount(0);
  });

  test('it is not fetched while the question paints, only once the user starts answering', async ({ page }) => {
    await startSession(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const fetched = (name: string) => requested.some((path) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(path));
    await reloadApp(page);
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
    // The page's own downloads are done and nothing has been pressed: the review and the scheduler wait.
    await page.waitForLoadState('networkidle');
    expect(fetched('reveal-chunk')).toBe(false);
    expect(fetched('schedule-sync')).toBe(false);
    await page.getByRole('textbox', { name: 'Your answer' }).pressSequentially('I');
    await expect.poll(() => fetched('reveal-chunk')).toBe(true);
    await expect.poll(() => fetched('schedule-sync')).toBe(true);
  });

  test('a reload on an answered question has the review in its first paint', async ({ page }) => {
    await startSession(page);
    await answerAndSubmit(page);
    await expect(rubric(page)).toBeVisible();

    await watchFirst(page, 'main h1', { selector: '[role="radiogroup"]' });
    await delayChunk(page, 'reveal-chunk');
    await reloadApp(page);
    await expect(rubric(page)).toBeVisible();
    expect(await hadOnFirst(page)).toBe(true);
  });

  test('when it cannot load, the screen says so; trying again in place, or a reload, brings the review', async ({
    page,
  }) => {
    await startSession(page);
    const failed = page.getByRole('heading', { name: 'The model answer could not load' });
    await page.route(/\/assets\/reveal-chunk-[\w-]+\.js$/, (route) => route.abort());
    await reloadApp(page);
    await answerAndSubmit(page);
    await expect(failed).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('review-could-not-load.png') });

    // Still failing: the same message again, nothing lost.
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(failed).toBeVisible();

    // The connection back: in place, without a reload.
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(rubric(page)).toBeVisible();
    await expect(page.getByText(SAMPLE_ANSWER).first()).toBeVisible();

    // A reload (what a new version needs) lands on the same review.
    await reloadApp(page);
    await expect(rubric(page)).toBeVisible();
  });
});
