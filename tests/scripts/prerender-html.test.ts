import { createHash } from 'node:crypto';

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import { prerenderFile, withPrerender } from '../../scripts/prerender-html.ts';
import { SNAPSHOT_KEY, SNAPSHOT_VERSION } from '../../src/lib/page-snapshot.ts';
import { PERSIST_KEY, PERSIST_VERSION } from '../../src/stores/persistence/keys.ts';

// The shape Vite writes (index.html after `vite build` and the CSP plugin).
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'" />
    <title>Rehearse</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-1.js">
    <link rel="modulepreload" crossorigin href="/assets/router-2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-3.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const HOME = {
  path: '/',
  title: 'Interview guides · Rehearse',
  markup: '<header>Rehearse</header><main><h1>Guides</h1></main>',
};

function inlineScript(html: string): string {
  const match = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no inline script');
  return match[1]!;
}

/** Loads `html` as if served at `url`, running its inline script; `setup` runs before it. */
function open(html: string, url: string, setup?: (window: JSDOM['window']) => void) {
  return new JSDOM(html, { url, runScripts: 'dangerously', pretendToBeVisual: true, beforeParse: setup });
}

const moduleScripts = (dom: JSDOM) =>
  [...dom.window.document.head.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));
const preloads = (dom: JSDOM) =>
  [...dom.window.document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
const isStale = (dom: JSDOM) => dom.window.document.documentElement.hasAttribute('data-prerender-stale');

/** Once the HTML is parsed (DOMContentLoaded, which jsdom fires after the constructor returns). */
async function parsed(dom: JSDOM): Promise<void> {
  if (dom.window.document.readyState !== 'loading') return;
  await new Promise((done) => dom.window.document.addEventListener('DOMContentLoaded', done));
}

async function settled(dom: JSDOM): Promise<void> {
  // The load event, one animation frame and a timeout: what the boot script waits for on a fresh page.
  await new Promise((done) => dom.window.setTimeout(done, 120));
}

describe('prerenderFile', () => {
  it('puts the library in index.html and a route in a file named after it', () => {
    expect(prerenderFile('/')).toBe('index.html');
    expect(prerenderFile('/guides/product-manager')).toBe('guides/product-manager.html');
    expect(prerenderFile('/guides/caf%C3%A9')).toBe('guides/café.html');
  });

  it('refuses an address that is not a plain route', () => {
    expect(() => prerenderFile('guides/x')).toThrow(/plain route/);
    expect(() => prerenderFile('/guides/../../etc')).toThrow(/plain route/);
    expect(() => prerenderFile('/?tag=x')).toThrow(/plain route/);
  });
});

describe('withPrerender', () => {
  it('puts the markup in #root, the title in <title>, and the code behind a boot script', () => {
    const html = withPrerender(TEMPLATE, { ...HOME, title: 'A <b> & c' });
    expect(html).toContain(
      '<div id="root"><div data-prerendered inert><header>Rehearse</header><main><h1>Guides</h1></main></div></div>',
    );
    expect(html).toContain('<title>A &lt;b&gt; &amp; c</title>');
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('rel="modulepreload"');
    // The stylesheet stays render-blocking: the markup needs it.
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-3.css">');
  });

  it('allows its own inline script, and only it, in the CSP', () => {
    const html = withPrerender(TEMPLATE, HOME);
    const hash = createHash('sha256').update(inlineScript(html), 'utf8').digest('base64');
    expect(html).toContain(`script-src 'self' 'sha256-${hash}'; style-src 'self'`);
    expect(html).not.toContain('unsafe-inline');
    // After the CSP meta, before the stylesheet (an inline script after one would wait for it).
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('rel="stylesheet"'));
  });

  it('says what is wrong with a template it cannot use or markup the CSP would break', () => {
    expect(() => withPrerender(TEMPLATE.replace(/<script type="module"[^\n]*\n/, ''), HOME)).toThrow(
      /one module script/,
    );
    expect(() => withPrerender(TEMPLATE.replace(/<meta http-equiv[^\n]*\n/, ''), HOME)).toThrow(
      /Content-Security-Policy/,
    );
    expect(() => withPrerender(TEMPLATE.replace('<div id="root"></div>', '<div id="root">x</div>'), HOME)).toThrow(
      /empty <div id="root">/,
    );
    expect(() => withPrerender(TEMPLATE, { ...HOME, markup: '<div style="width: 3px"></div>' })).toThrow(
      /style attribute/,
    );
  });
});

describe('the boot script', () => {
  it("on the markup's own address, starts the code only once the page has loaded and painted", async () => {
    const dom = open(withPrerender(TEMPLATE, HOME), 'https://rehearse.test/');
    expect(isStale(dom)).toBe(false);
    expect(moduleScripts(dom)).toEqual([]);
    await settled(dom);
    expect(moduleScripts(dom)).toEqual(['/assets/index-abc.js']);
    expect(preloads(dom)).toEqual(['/assets/react-1.js', '/assets/router-2.js']);
  });

  it('on any other address, or with a query, marks the markup stale and starts the code at once', () => {
    for (const url of [
      'https://rehearse.test/history',
      'https://rehearse.test/?tag=sales',
      'https://rehearse.test/guides/x',
    ]) {
      const dom = open(withPrerender(TEMPLATE, HOME), url);
      expect(isStale(dom), url).toBe(true);
      expect(moduleScripts(dom), url).toEqual(['/assets/index-abc.js']);
    }
  });

  it('takes a trailing slash or .html as the same address', () => {
    const page = { ...HOME, path: '/guides/x' };
    for (const url of [
      'https://rehearse.test/guides/x',
      'https://rehearse.test/guides/x/',
      'https://rehearse.test/guides/x.html',
    ]) {
      expect(isStale(open(withPrerender(TEMPLATE, page), url)), url).toBe(false);
    }
    expect(isStale(open(withPrerender(TEMPLATE, page), 'https://rehearse.test/guides/xy'))).toBe(true);
    expect(isStale(open(withPrerender(TEMPLATE, HOME), 'https://rehearse.test/index.html'))).toBe(false);
  });

  it('for a returning visitor (settings stored), marks the markup stale and starts the code at once', () => {
    const dom = open(withPrerender(TEMPLATE, HOME), 'https://rehearse.test/', (window) =>
      window.localStorage.setItem(PERSIST_KEY, JSON.stringify({ version: PERSIST_VERSION, state: { settings: {} } })),
    );
    expect(isStale(dom)).toBe(true);
    expect(moduleScripts(dom)).toEqual(['/assets/index-abc.js']);
  });

  it('applies the stored theme before anything paints', () => {
    const stored =
      (theme: string, version = PERSIST_VERSION) =>
      (window: JSDOM['window']) =>
        window.localStorage.setItem(PERSIST_KEY, JSON.stringify({ version, state: { settings: { theme } } }));
    const root = (dom: JSDOM) => dom.window.document.documentElement;

    const dark = open(withPrerender(TEMPLATE, HOME), 'https://rehearse.test/', stored('dark'));
    expect(root(dark).classList.contains('dark')).toBe(true);
    expect(root(dark).getAttribute('data-theme')).toBe('dark');

    const light = open(withPrerender(TEMPLATE, HOME), 'https://rehearse.test/', (window) => {
      stored('light')(window);
      window.matchMedia = (() => ({ matches: true })) as unknown as typeof window.matchMedia;
    });
    expect(root(light).classList.contains('dark')).toBe(false);
    expect(root(light).getAttribute('data-theme')).toBe('light');

    // 'system' follows the OS; an unreadable or older value counts as 'system'.
    for (const setup of [
      stored('system'),
      stored('dark', PERSIST_VERSION + 1),
      (w: JSDOM['window']) => w.localStorage.setItem(PERSIST_KEY, '{'),
    ]) {
      const dom = open(withPrerender(TEMPLATE, HOME), 'https://rehearse.test/', (window) => {
        setup(window);
        window.matchMedia = (() => ({ matches: true })) as unknown as typeof window.matchMedia;
      });
      expect(root(dom).classList.contains('dark')).toBe(true);
      expect(root(dom).hasAttribute('data-theme')).toBe(false);
    }
  });

  describe('with the page this user last left (src/lib/page-snapshot.ts)', () => {
    const SESSION = 'https://rehearse.test/practice/s-1';
    const kept = (changes: Record<string, unknown> = {}) => ({
      v: SNAPSHOT_VERSION,
      build: '/assets/index-abc.js',
      path: '/practice/s-1',
      title: 'Practice · Rehearse',
      at: 1,
      markup:
        '<main><h1>How do you handle conflict?</h1><textarea aria-label="Your answer">My draft</textarea>' +
        '<div class="bar" data-snapshot-style="width: 40%;"></div></main>',
      ...changes,
    });
    const withKept =
      (snapshot: unknown, returning = true) =>
      (window: JSDOM['window']) => {
        if (returning)
          window.localStorage.setItem(PERSIST_KEY, JSON.stringify({ version: PERSIST_VERSION, state: {} }));
        window.localStorage.setItem(SNAPSHOT_KEY, typeof snapshot === 'string' ? snapshot : JSON.stringify(snapshot));
      };
    const shown = (dom: JSDOM) => dom.window.document.querySelector('#root > [data-snapshot]');

    it('shows it, inert and with its title and styles, and starts the code once it has painted', async () => {
      const dom = open(withPrerender(TEMPLATE, HOME), SESSION, withKept(kept()));
      await parsed(dom);
      const page = shown(dom)!;
      expect(page).not.toBeNull();
      // In place of the prerendered library, which it replaces whole.
      expect(dom.window.document.getElementById('root')!.children).toHaveLength(1);
      expect(page.hasAttribute('inert')).toBe(true);
      expect(page.hasAttribute('data-prerendered')).toBe(true);
      expect(isStale(dom)).toBe(false);
      expect(page.querySelector('h1')!.textContent).toBe('How do you handle conflict?');
      expect(page.querySelector('textarea')!.value).toBe('My draft');
      expect((page.querySelector('.bar') as HTMLElement).style.width).toBe('40%');
      expect(dom.window.document.title).toBe('Practice · Rehearse');
      expect(moduleScripts(dom)).toEqual([]);
      await settled(dom);
      expect(moduleScripts(dom)).toEqual(['/assets/index-abc.js']);
    });

    it('counts the query as part of the address', async () => {
      const dom = open(
        withPrerender(TEMPLATE, HOME),
        'https://rehearse.test/?sort=title',
        withKept(kept({ path: '/?sort=title' })),
      );
      await parsed(dom);
      expect(shown(dom)).not.toBeNull();
      expect(
        isStale(
          open(
            withPrerender(TEMPLATE, HOME),
            'https://rehearse.test/?sort=due',
            withKept(kept({ path: '/?sort=title' })),
          ),
        ),
      ).toBe(true);
    });

    it('ignores it on another address, from another build, or unreadable, and starts the code at once', async () => {
      for (const [url, snapshot] of [
        ['https://rehearse.test/practice/s-2', kept()],
        [SESSION, kept({ build: '/assets/index-old.js' })],
        [SESSION, kept({ v: SNAPSHOT_VERSION + 1 })],
        [SESSION, kept({ markup: 42 })],
        [SESSION, '{not json'],
      ] as const) {
        const dom = open(withPrerender(TEMPLATE, HOME), url, withKept(snapshot));
        await parsed(dom);
        const label = `${url} ${JSON.stringify(snapshot)}`;
        expect(shown(dom), label).toBeNull();
        expect(isStale(dom), label).toBe(true);
        expect(moduleScripts(dom), label).toEqual(['/assets/index-abc.js']);
        expect(dom.window.document.title, label).toBe(HOME.title);
      }
    });
  });
});
