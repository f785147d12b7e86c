/**
 * Prerendering, the build's last step before the service worker: the library
 * (`/`, into index.html) and every bundled guide's page (`/guides/<slug>`,
 * into guides/<slug>.html, which `vite preview` and most static hosts serve
 * for that address) are rendered by the app itself in headless Chromium and
 * written into the HTML, so a first visit shows the page before any
 * JavaScript has loaded (scripts/prerender-html.ts says how the HTML boots).
 *
 * Why a browser rather than react-dom/server: the pages read the store, the
 * router and the catalogue as the app does in a browser; rendered by the
 * same code in the same engine, a fresh profile's client render matches the
 * markup, so replacing it shifts nothing. Each page renders as a first-time
 * visitor sees it (no history, no own guides); the app then renders the
 * user's own state over it.
 *
 * Without a Chromium (scripts/chromium.mjs finds it) the build still
 * succeeds, with a warning, and the app renders in the browser as before.
 * `REHEARSE_PRERENDER=home` renders the library only (`npm run size`
 * measures the first visit to it, and skips a thousand guide pages);
 * `REHEARSE_PRERENDER=off` renders nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { chromium } from '@playwright/test';
import { preview, type Plugin } from 'vite';

import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { type PrerenderedPage, prerenderFile, withPrerender } from './prerender-html.ts';

/** How long one page may take to render before the build gives up on prerendering. */
const PAGE_TIMEOUT_MS = 15_000;

export type PrerenderScope = 'all' | 'home' | 'off';

export function prerenderScope(value = process.env.REHEARSE_PRERENDER): PrerenderScope {
  if (value === undefined || value === '' || value === 'all') return 'all';
  if (value === 'home' || value === 'off') return value;
  throw new Error(`REHEARSE_PRERENDER must be all, home or off, not "${value}"`);
}

/** The routes to prerender in a build folder: `/`, and each guide the offline manifest lists. */
export function prerenderPaths(outDir: string, scope: PrerenderScope): string[] {
  if (scope === 'off') return [];
  if (scope === 'home') return ['/'];
  const manifest = JSON.parse(readFileSync(join(outDir, 'offline-manifest.json'), 'utf8')) as {
    guides: Record<string, unknown>;
  };
  return ['/', ...Object.keys(manifest.guides).map((slug) => `/guides/${encodeURIComponent(slug)}`)];
}

/**
 * Renders `paths` from the build in `outDir` and writes each into its HTML
 * file. Returns how many pages were written; 0 when there is no Chromium.
 */
export async function prerender(outDir: string, paths: readonly string[]): Promise<number> {
  if (paths.length === 0) return 0;
  const browser = findChromium();
  if (!browser) {
    console.warn(
      'prerender: no Chromium found (scripts/chromium.mjs): the pages are not prerendered, so the first paint waits for the JavaScript.',
    );
    return 0;
  }
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const server = await preview({
    configFile: false,
    logLevel: 'error',
    build: { outDir: resolve(outDir) },
    preview: { port: 4399, strictPort: false, host: '127.0.0.1' },
  });
  const base = server.resolvedUrls?.local[0];
  const launched = await chromium.launch({ executablePath: browser.executablePath, args: CHROMIUM_ARGS });
  try {
    if (!base) throw new Error('prerender: the preview server has no address');
    const page = await launched.newPage({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // main.tsx hands its router to this hook (and has no other use for it).
    await page.addInitScript(() => {
      const scope = globalThis as unknown as {
        __rehearsePrerender: (router: unknown) => void;
        prerenderRouter: unknown;
      };
      scope.__rehearsePrerender = (router) => {
        scope.prerenderRouter = router;
      };
    });
    // An address no page has (the app's "not found" in its shell), so that every page is a navigation.
    await page.goto(new URL('/prerender-start', base).href);
    await page.waitForFunction(() => 'prerenderRouter' in globalThis);
    const pages: PrerenderedPage[] = [];
    for (const path of paths) {
      pages.push(await page.evaluate(renderPage, path));
      if (errors.length) throw new Error(`prerender: ${path} threw: ${errors.join('; ')}`);
    }
    // Written once all have rendered: the preview serves index.html, which must stay the template meanwhile.
    for (const rendered of pages) {
      const file = join(outDir, prerenderFile(rendered.path));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, withPrerender(template, rendered));
    }
    return pages.length;
  } finally {
    await launched.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

/** What `renderPage` uses of the page (scripts are type-checked without the DOM library). */
interface PageScope {
  prerenderRouter: {
    navigate(options: { href: string }): Promise<void>;
    subscribe(event: 'onRendered', listener: (event: { toLocation: { href: string } }) => void): () => void;
    state: { status: string; location: { href: string } };
  };
  document: { title: string; getElementById(id: string): PageElement | null };
  performance: { now(): number };
  MutationObserver: new (callback: () => void) => {
    observe(target: PageElement, options: Record<string, boolean>): void;
    disconnect(): void;
  };
}
interface PageElement {
  innerHTML: string;
  querySelector(selector: string): unknown;
}

/**
 * In the page: navigates the app's router to `path`, waits for the router
 * to say the page has rendered, then for the DOM to stay unchanged for a
 * moment (late parts such as the offline button's state), and returns the
 * markup.
 */
async function renderPage(path: string): Promise<PrerenderedPage> {
  const scope = globalThis as unknown as PageScope;
  const router = scope.prerenderRouter;
  const root = scope.document.getElementById('root')!;
  let stop = () => {};
  const rendered = new Promise<boolean>((resolve) => {
    const unsubscribe = router.subscribe('onRendered', (event) => {
      if (event.toLocation.href === path) resolve(true);
    });
    const timer = setTimeout(() => resolve(false), 20_000);
    stop = () => {
      unsubscribe();
      clearTimeout(timer);
    };
  });
  await router.navigate({ href: path });
  const done = await rendered;
  stop();
  if (!done) throw new Error(`prerender: ${path} did not render within 20 s`);
  const quietFor = 60;
  const deadline = scope.performance.now() + 5000;
  await new Promise<void>((done) => {
    const finish = () => {
      if (router.state.status !== 'idle' && scope.performance.now() < deadline) {
        timer = setTimeout(finish, quietFor);
        return;
      }
      observer.disconnect();
      done();
    };
    let timer = setTimeout(finish, quietFor);
    const observer = new scope.MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(finish, quietFor);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  if (router.state.location.href !== path) throw new Error(`prerender: ${path} ended at ${router.state.location.href}`);
  if (!root.querySelector('main')) throw new Error(`prerender: ${path} rendered no <main>`);
  return { path, title: scope.document.title, markup: root.innerHTML };
}

/** The Vite plugin: prerenders after the files are written, before vite-plugin-pwa lists them for the service worker. */
export function prerenderPlugin(): Plugin {
  let outDir = 'dist';
  let enabled = false;
  let log: (message: string) => void = console.log;
  return {
    name: 'rehearse:prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      enabled = !config.build.ssr && !config.build.watch;
      log = (message) => config.logger.info(message);
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (!enabled) return;
        const paths = prerenderPaths(outDir, prerenderScope());
        const started = performance.now();
        const written = await prerender(outDir, paths);
        if (written > 0) {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          log(`prerendered ${written} page${written === 1 ? '' : 's'} in ${seconds} s`);
        }
      },
    },
  };
}
