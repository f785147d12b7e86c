/**
 * The service worker, generated at build time by vite-plugin-pwa (Workbox's
 * `generateSW`). What it guarantees:
 *
 * - The app shell is precached on the first visit: index.html, every JS and
 *   CSS chunk but the guides' and the search index's (the lazy route chunks,
 *   the catalogue `virtual:question-bank` the library lists, shared helpers),
 *   the icons, the manifest, any font and `offline-manifest.json`. The list
 *   comes from the output folder after the build, so a new lazy chunk is
 *   covered without a change here. Hashed file names are fetched once;
 *   index.html and the other unhashed files carry a revision, so an update
 *   replaces them. Its size does not grow with the number of guides but for
 *   the catalogue (about 0.2 KB a guide, gzip).
 * - Guide chunks (`assets/guides/`) and search chunks (`assets/search/`) are
 *   cached as they are fetched (Cache first, cache `rehearse-guides`): a guide
 *   the user opened or practised, and the search once used, work offline
 *   from then on. "Make available offline" (src/lib/offline.ts) puts a
 *   guide's files in that same cache ahead of time. Their names are hashed,
 *   so a cached copy is never stale. The cache has no expiration (no
 *   maxEntries, no maxAge): Workbox never evicts what the user asked to keep.
 *   src/lib/offline.ts removes the files an update made obsolete and fetches
 *   the new versions of the guides the user keeps offline.
 * - A navigation to any app route (`/guides/…`, `/practice/…`, `/history`)
 *   is answered with the precached index.html, so a deep link or a reload
 *   works offline; the router then takes over.
 * - A new version never takes over by itself: no `skipWaiting`, so the new
 *   worker waits until every tab is closed or the user presses "Reload" in
 *   the update prompt (src/lib/service-worker.ts posts SKIP_WAITING).
 *   `clientsClaim` only matters on the very first install, when nothing
 *   older is in control: the page that installed the worker is controlled
 *   at once and works offline without a reload.
 * - No service worker in `vite dev` (devOptions off; the registration module
 *   also removes one left from a preview on the same origin).
 *
 * The worker script comes from our origin, as the CSP's `worker-src 'self'`
 * asks; the Workbox runtime is a separate same-origin file it imports.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The runtime cache of guide and search chunks (src/lib/offline.ts reads and fills it too). */
export const GUIDES_CACHE = 'rehearse-guides';

export const serviceWorkerOptions: Partial<VitePWAOptions> = {
  // Registration is ours (src/lib/service-worker.ts, loaded after the first render):
  // no inline script, which the CSP forbids, and no automatic reload.
  injectRegister: false,
  registerType: 'prompt',
  // public/manifest.webmanifest is the manifest; it is precached like any other file.
  manifest: false,
  includeManifestIcons: false,
  devOptions: { enabled: false },
  workbox: {
    globPatterns: ['**/*.{html,js,mjs,css,svg,png,ico,webp,webmanifest,woff,woff2}', 'offline-manifest.json'],
    // The bundle report and other build metadata are not part of the app; guides and search load on demand.
    // The guides' prerendered pages (scripts/prerender.ts) are for a first visit: offline, index.html answers.
    globIgnores: ['.vite/**', '**/node_modules/**', 'assets/guides/**', 'assets/search/**', 'guides/**'],
    runtimeCaching: [
      {
        // Same origin only; by path, whatever the base the app is served under.
        urlPattern: ({ sameOrigin, url }) => sameOrigin && /\/assets\/(?:guides|search)\/[^/]+\.js$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: GUIDES_CACHE,
          // Only complete answers: an error page must not stand in for a guide.
          cacheableResponse: { statuses: [200] },
          // A file src/lib/offline.ts saved was stored under a request without the browser's Accept-Encoding;
          // with `Vary: Accept-Encoding` from the host, a module import would miss it. The names are hashed.
          matchOptions: { ignoreVary: true },
        },
      },
    ],
    navigateFallback: 'index.html',
    // Opening one of the app's own files (/sw.js, /manifest.webmanifest, an icon) shows the file, not the app.
    // By extension, since a guide slug or question id may itself contain a dot.
    navigateFallbackDenylist: [/\.(?:js|mjs|css|map|json|webmanifest|png|svg|ico|webp|txt|woff2?)$/i],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    // A very large file of the shell must not silently fall out of the offline copy.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  },
};
