/**
 * The service worker, generated at build time by vite-plugin-pwa (Workbox's
 * `generateSW`). What it guarantees:
 *
 * - Everything the build writes that the app can ask for is precached on the
 *   first visit: index.html, every JS and CSS chunk (the lazy route chunks,
 *   each guide's `virtual:question-bank/guide/*` chunk, the search chunk),
 *   the icons, the manifest and any font. The list comes from the output
 *   folder after the build, so a new lazy chunk is covered without a change
 *   here. Hashed file names are fetched once; index.html and the other
 *   unhashed files carry a revision, so an update replaces them.
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
    globPatterns: ['**/*.{html,js,mjs,css,svg,png,ico,webp,webmanifest,woff,woff2}'],
    // The bundle report and other build metadata are not part of the app.
    globIgnores: ['.vite/**', '**/node_modules/**'],
    navigateFallback: 'index.html',
    // Opening one of the app's own files (/sw.js, /manifest.webmanifest, an icon) shows the file, not the app.
    // By extension, since a guide slug or question id may itself contain a dot.
    navigateFallbackDenylist: [/\.(?:js|mjs|css|map|json|webmanifest|png|svg|ico|webp|txt|woff2?)$/i],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    // A very large guide chunk must not silently fall out of the offline copy.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  },
};
