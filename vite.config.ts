/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';

import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import {
  bundleReport,
  chunkFileName,
  compileHints,
  contentSecurityPolicy,
  offlineManifest,
  workerConditions,
} from './scripts/build-plugins.ts';
import { chunkGroups } from './scripts/chunk-groups.ts';
import { prerenderPlugin } from './scripts/prerender.ts';
import { serviceWorkerOptions } from './scripts/service-worker.ts';
import { keyTermLexicon } from './src/content-loader/key-term-lexicon-node.ts';
import { questionBank } from './src/content-loader/vite-plugin.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  plugins: [
    // The router plugin must run before react(): it rewrites route files for
    // code splitting, and react() has to see the rewritten modules.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // Each route's loader travels with its component in one lazy chunk: loaders reach the store
      // and domain code, which the first page does not need, and one chunk costs one request.
      codeSplittingOptions: {
        defaultBehavior: [['loader', 'component'], ['pendingComponent'], ['errorComponent'], ['notFoundComponent']],
      },
      routesDirectory: './src/routes',
      generatedRouteTree: './src/routeTree.gen.ts',
    }),
    react(),
    tailwindcss(),
    questionBank(),
    keyTermLexicon(),
    // Build only: the CSP meta (dev injects inline scripts) and the module map `npm run size` reads.
    contentSecurityPolicy(),
    bundleReport(),
    // Build only: the first page's chunks compiled as they download, off the main thread.
    compileHints(),
    // Build only: which files each guide needs, for "make available offline" (src/lib/offline.ts).
    offlineManifest(),
    // Build only: the library and each guide's page rendered into HTML (scripts/prerender.ts), before
    // the service worker lists the files.
    prerenderPlugin(),
    // Build only: the service worker that precaches the app shell (scripts/service-worker.ts says what and why).
    VitePWA(serviceWorkerOptions),
  ],
  resolve: {
    alias: { '@': src },
  },
  // Module workers (src/features/library/import/parse-worker.ts) as ES modules, so they may split and share
  // chunks, resolving packages for a worker (no DOM) rather than for a page.
  worker: {
    format: 'es',
    plugins: () => [workerConditions(), keyTermLexicon()],
  },
  build: {
    // No modulepreload polyfill in the entry (about 0.3 KiB gzip of the first page's JS): every browser in
    // the build's target (Baseline, widely available) supports <link rel="modulepreload">; one that did not
    // would only fetch the chunks a little later, when they are imported.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: { groups: chunkGroups },
        // Guide and search chunks in their own folders: the service worker precaches everything but these.
        chunkFileNames: chunkFileName,
      },
    },
  },
  test: {
    // Vitest's default is one worker fewer than the CPUs, for its own process: on the
    // 2-core CI machines that is a single worker, and the suite took 4 minutes. The main
    // process mostly waits (the transforms are cached), so every core runs a worker:
    // 2.5 minutes there (docs/quality.md, CI time).
    maxWorkers: availableParallelism(),
    // In CI, a failed test runs once more, as Playwright's do (playwright.config.ts): with a worker on every
    // core the machine is busier, and a test that waits on timing it does not control shows up there first.
    // One that passes only on its retry is flagged in the report ("retry x1"); the last one found so
    // (practice-session.test.tsx, the think time's end) was fixed in the test.
    retry: process.env.CI ? 1 : 0,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          // Undo vi.spyOn (console silencing and the like) after every test.
          restoreMocks: true,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/content/**', 'tests/scripts/**'],
        },
      },
      {
        // The content loader is build-time Node code; testing it under jsdom
        // would hide Node-only behaviour (fs, Buffer realms) behind browser shims.
        // tests/scripts/: the tooling (lint rules) is Node code too.
        extends: true,
        test: {
          name: 'content',
          environment: 'node',
          include: ['tests/content/**/*.test.{ts,tsx}', 'tests/scripts/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
