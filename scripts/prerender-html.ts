/**
 * What the build's prerender step (scripts/prerender.ts) writes: the built
 * index.html with one page's rendered markup in `#root`, its title, and an
 * inline boot script in place of the module script and its preloads.
 * Pure string work, so it is tested without a build or a browser
 * (tests/scripts/prerender-html.test.ts).
 *
 * Why the boot script, and what it does, in order:
 * 1. The theme. The markup paints before any JavaScript, so the stored theme
 *    (stores/theme.ts, which takes over once the app runs) must be on <html>
 *    first, or a dark-theme user sees a light page flash.
 * 2. Whether the markup is what this visit should show. It is a first-time
 *    visitor's page, at one address: index.html answers every route (the
 *    host's and the service worker's fallback) but holds the library's
 *    markup. On any other address, with a query (`/?tag=…`), or for a
 *    returning visitor (the app's settings are in localStorage from the first
 *    page load on; their home may have a "continue" banner, progress, their
 *    own guides), it is marked stale and hidden by styles.css, and the app
 *    renders as it did before, with the user's data in its first paint and
 *    its code from the service worker's cache.
 * 3. The page as the user left it. When this address, in this build, is the
 *    one the app last kept (src/lib/page-snapshot.ts: a practice session
 *    reloaded or reopened, say), its markup takes the place of the
 *    prerendered one as soon as the HTML is parsed, inert like it, with its
 *    title. A returning user's own page, which the build cannot prerender,
 *    then paints with the HTML and CSS too.
 * 4. The app's code. On a page with markup to show (the prerendered page's
 *    first visitor, or the kept page), the code starts once the page has
 *    loaded and painted: the page is readable from the HTML and its CSS
 *    alone, and the JavaScript (about 105 KiB gzip) does not compete with
 *    them for a slow connection. The app then renders over the markup
 *    (createRoot replaces it) with the user's own data. Elsewhere the code
 *    starts at once.
 */
import { createHash } from 'node:crypto';

import { SNAPSHOT_KEY, SNAPSHOT_VERSION } from '../src/lib/page-snapshot.ts';
import { PERSIST_KEY, PERSIST_VERSION } from '../src/stores/persistence/keys.ts';

export interface PrerenderedPage {
  /** The route's address: `/` or `/guides/<slug>`. */
  path: string;
  /** document.title once the page had rendered. */
  title: string;
  /** `#root`'s innerHTML once the page had rendered. */
  markup: string;
}

/** The file a page's HTML goes in, relative to the build folder: `/` → index.html, `/a/b` → a/b.html. */
export function prerenderFile(path: string): string {
  if (!path.startsWith('/') || path.includes('..') || path.includes('?') || path.includes('#')) {
    throw new Error(`prerender: "${path}" is not a plain route address`);
  }
  return path === '/' ? 'index.html' : `${decodeURIComponent(path.slice(1))}.html`;
}

const ENTRY = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\r?\n?/g;
const PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\r?\n?/g;
const CSP = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')([^"]*"[^>]*>)/;

/**
 * The inline script (see the file's comment). `path` is the address the
 * markup belongs to; `/guides/x`, `/guides/x/` and `/guides/x.html` are that
 * address, a query is not.
 */
export function bootScript(path: string, entry: string, preloads: readonly string[]): string {
  const files = JSON.stringify({ entry, preloads });
  return [
    '(function(root,path,files){',
    // 1. The theme, as stores/theme.ts reads and applies it (readStoredTheme, applyTheme).
    'var theme,returning=false;',
    `try{var raw=localStorage.getItem(${JSON.stringify(PERSIST_KEY)});returning=raw!==null;var saved=JSON.parse(raw||'null');`,
    `if(saved&&saved.version===${PERSIST_VERSION}&&saved.state&&saved.state.settings)theme=saved.state.settings.theme}catch(e){}`,
    "if(theme==='light'||theme==='dark')root.setAttribute('data-theme',theme);",
    "if(theme==='dark'||(theme!=='light'&&window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches))root.classList.add('dark');",
    // 2. Is the markup this address's?
    "var here=location.pathname.replace(/\\.html$/,'').replace(/(.)\\/$/,'$1').replace(/\\/index$/,'/');",
    'var fresh=here===path&&!location.search&&!returning;',
    "if(!fresh)root.setAttribute('data-prerender-stale','');",
    // 3. Or the page as this user left it at this address, with this build (src/lib/page-snapshot.ts): in
    // place of the markup once it is parsed, before the first paint, which the stylesheet holds back.
    `var snap=null;try{snap=JSON.parse(localStorage.getItem(${JSON.stringify(SNAPSHOT_KEY)})||'null');`,
    `if(!snap||snap.v!==${SNAPSHOT_VERSION}||snap.build!==files.entry||snap.path!==location.pathname+location.search||typeof snap.markup!=='string')snap=null}catch(e){snap=null}`,
    "if(snap)document.addEventListener('DOMContentLoaded',function(){var box=document.getElementById('root');if(!box)return;",
    "var page=document.createElement('div');page.setAttribute('data-prerendered','');page.setAttribute('data-snapshot','');page.setAttribute('inert','');page.innerHTML=snap.markup;",
    "var styled=page.querySelectorAll('[data-snapshot-style]');for(var i=0;i<styled.length;i++)styled[i].style.cssText=styled[i].getAttribute('data-snapshot-style');",
    "box.replaceChildren(page);root.removeAttribute('data-prerender-stale');if(snap.title)document.title=snap.title});",
    // 4. The app's code: its preloads and entry, as Vite would have put them in the head.
    'function start(){var head=document.head;',
    "files.preloads.forEach(function(href){var link=document.createElement('link');link.rel='modulepreload';link.crossOrigin='';link.href=href;head.appendChild(link)});",
    "var script=document.createElement('script');script.type='module';script.crossOrigin='';script.src=files.entry;head.appendChild(script)}",
    // Once the page has loaded (the markup parsed, its CSS in) and painted its first content, after one
    // more frame; a hidden tab paints nothing, so after 3 s it starts anyway.
    'if(!fresh&&!snap)start();else{var loaded=false,painted=false,started=false;',
    'function go(){if(started||!loaded||!painted)return;started=true;',
    "if(document.visibilityState==='visible')requestAnimationFrame(function(){setTimeout(start)});else setTimeout(start)}",
    "if(document.readyState==='complete')loaded=true;else addEventListener('load',function(){loaded=true;go()});",
    "try{new PerformanceObserver(function(list,observer){if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();painted=true;go()}}).observe({type:'paint',buffered:true})}catch(e){painted=true}",
    'setTimeout(function(){painted=true;go()},3000)}',
    `})(document.documentElement,${JSON.stringify(path)},${files})`,
  ].join('');
}

/** The CSP source that allows exactly `script` inline. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The built index.html (`template`) with `page` prerendered in it. Throws when the template is not one Vite built. */
export function withPrerender(template: string, page: PrerenderedPage): string {
  const entries = [...template.matchAll(ENTRY)].map((match) => match[1]!);
  if (entries.length !== 1)
    throw new Error(`prerender: expected one module script in index.html, found ${entries.length}`);
  if (!CSP.test(template))
    throw new Error("prerender: index.html has no Content-Security-Policy with script-src 'self'");
  if (!template.includes('<div id="root"></div>'))
    throw new Error('prerender: index.html has no empty <div id="root">');
  if (/\sstyle="/.test(page.markup)) {
    // The CSP's style-src 'self' blocks style attributes in markup (React sets them from script, which it allows).
    throw new Error(`prerender: ${page.path} rendered a style attribute, which the CSP would block in the HTML`);
  }
  const preloads = [...template.matchAll(PRELOAD)].map((match) => match[1]!);
  const script = bootScript(page.path, entries[0]!, preloads);
  return template
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    .replace(
      CSP,
      (_, start: string, rest: string) => `${start} ${scriptHash(script)}${rest}\n    <script>${script}</script>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(
      '<div id="root"></div>',
      // A wrapper that takes no box of its own (styles.css), so the stale case can hide it whole. Inert: it
      // is there to be read, and what a user typed into it would be lost when the app renders over it.
      () => `<div id="root"><div data-prerendered inert>${page.markup}</div></div>`,
    );
}
