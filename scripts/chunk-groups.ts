/**
 * Which modules share a chunk, where Rolldown's automatic splitting would do
 * worse for the first paint (vite.config.ts, `build.rolldownOptions.output.codeSplitting`).
 *
 * Why: on a phone's connection (Lighthouse's mobile preset: 150 ms round
 * trips, 1.6 Mbit/s, six connections per host over HTTP/1.1) what a first
 * paint costs is mostly round trips, and each new connection starts slow
 * (TCP slow start). Measured with `npm run lighthouse` (docs/quality.md, Lighthouse):
 *
 * - The libraries the entry needs are three chunks beside it (`react`,
 *   `react-dom`, `router`), all preloaded by index.html: one 101 KiB file took
 *   four round trips on one connection; in parallel they take two. They also
 *   stay cached across releases of the app's own code. First paint 2.0 → 1.6 s.
 * - The store travels with everything it starts at once (IndexedDB and the
 *   migrations, tab sync, the durability check, the storage notices): every
 *   page's loader waits for the user's data, and split automatically these were
 *   a third wave of requests after the store's own.
 * - A dozen small modules several screens share (0.2–3 KiB each) are one `ui`
 *   chunk rather than one request each.
 *
 * The groups do not take modules' dependencies with them
 * (`includeDependenciesRecursively: false`): with them, React and the theme
 * code were pulled into the store chunk and the entry then imported it
 * statically, making the whole store part of the first download. `npm run size`
 * fails if a lazy group ever becomes part of the first page.
 */
import { relative, sep } from 'node:path';

/** The lazy store: everything under src/stores/ except what the entry or a rarely used screen needs. */
const STORE_EXCLUDED = new Set([
  'src/stores/theme.ts', // in the entry: the theme applies before the store arrives
  'src/stores/app-store.ts', // in the entry: it starts the store
  'src/stores/persistence/keys.ts', // the entry's theme.ts reads it first: it goes with React (below)
  'src/stores/schedule-sync.ts', // FSRS, loaded when a review is scheduled (scheduler.ts)
  'src/stores/persistence/rescue.ts', // the crash screen's rescue export
  'src/stores/persistence/rescue-read.ts', // and what it reads storage with
]);
/** Outside src/stores/ but started with the store on every page. */
const STORE_EXTRA = [
  /(^|\/)node_modules\/(idb|zustand)\//,
  // The record schema and its version chain check everything the store loads (zod/mini, tree-shaken).
  /(^|\/)node_modules\/zod\//,
  /^src\/domain\/(model|rubric|summary|schedule-dates|schema|versions|timestamps)\.ts$/,
  // The delivery figures' types and self-ratings, which the attempt's schema names.
  /^src\/domain\/delivery\/types\.ts$/,
  // The shell's storage notices: a lazy part of every page that needs the store.
  /^src\/app\/StorageNotices\.tsx$/,
  // The story bank's practice guide (own-guides.ts), and a story's parts as the answering screen, the reveal and
  // the replay show them: every screen that shows one has the store already, so this costs no request of its own
  // (in the `ui` chunk, that chunk would import the store's; alone, it was one more request on the answering screen).
  /^src\/domain\/stories\/(parts|practice)\.ts$|^src\/components\/stories\/StoryParts\.tsx$/,
  // The guide types and summaries the schema and the user's guides need; alone they were two more requests on
  // every page (the parse worker's fallback and the route chunks share them).
  /^src\/content\/(types|summary)\.ts$/,
  // The library's "New guide of your own" and the written guide's rules: the library page needs them for its
  // buttons; alone they were one more request in the library's last wave (home 97 → 93-95 in Lighthouse).
  /^src\/features\/own-guides\/(actions|written)\.ts$/,
  // The interview plan's rules (the store's selectors use them) and the question picker the practice starters
  // share (home's "Review due", the plans' "Start today's plan", the setup page): alone, two more requests on
  // home and the guide page.
  /^src\/domain\/(interview-plan|selection)\.ts$/,
];

/** Small modules several route chunks share (each 0.2–3 KiB): one request instead of one each. */
const SHARED_UI = [
  /^src\/components\/ui\/(Badge|Breadcrumb|Card|Field|Kbd|Notice|PageHeading|Stat|Tag|TextLink|Toast|styles|tones)\.tsx?$/,
  /^src\/lib\/(format|download|prepared-markdown)\.ts$/,
  /^src\/features\/library\/(format|score)\.ts$/,
  /^src\/features\/practice\/dictation\/speech\.ts$/,
  // The review's loader, shared by the session's loader and its answering screen.
  /^src\/features\/practice\/reveal\/lazy\.tsx$/,
  /^src\/domain\/(applicability|checklist|measures)\.ts$/,
  // The answering screen's and the summary's "no such session" screens (session/SessionNotFound.tsx).
  /^src\/features\/practice\/session\/SessionNotFound\.tsx$/,
  /^src\/content\/words\.ts$/,
  // The dialog (library, stories, data, own guides) and the library's drop hand-off (library and Add guides):
  // each was a request of its own in the library's last wave.
  /^src\/components\/ui\/Dialog\.tsx$/,
  // What the home search and the /search page share (the engine itself stays lazy): alone, one more request on home.
  /^src\/features\/library\/(search-results\.tsx|search\.ts)$/,
  // The interview plan's card and banner (home and the guide page) and the guide page's "Make available offline"
  // with what it calls: each was a request of its own in those pages' last wave.
  /^src\/features\/library\/(InterviewPlan|OfflineButton)\.tsx$/,
  /^src\/lib\/offline(-manifest)?\.ts$/,
  /^src\/features\/library\/import\/pending-files\.ts$/,
];

/**
 * The compiled-markdown renderer (components/ui/Markdown.tsx and its heading shift), which the guide page, the
 * question page and the reveal load. Alone, Rolldown would put these small modules in whichever chunk shares
 * them; in one chunk they are one request. The trees arrive as React's props already (content/markdown-tree.ts):
 * hast-util-to-jsx-runtime and its HTML property tables stay with react-markdown's lazy parser.
 */
const MARKDOWN_RENDERER = [/^src\/components\/ui\/(Markdown\.tsx|markdown-headings\.ts)$/];

export function inMarkdownChunk(path: string): boolean {
  return MARKDOWN_RENDERER.some((pattern) => pattern.test(path));
}

/** A module id as a path from the project root, with forward slashes ('' for virtual modules). */
export function projectPath(id: string, root = process.cwd()): string {
  if (id.startsWith('\0') || !id.startsWith('/')) return '';
  return relative(root, id.split('?')[0]!).split(sep).join('/');
}

export function inStoreChunk(path: string): boolean {
  if (path.startsWith('src/stores/')) return !STORE_EXCLUDED.has(path);
  return STORE_EXTRA.some((pattern) => pattern.test(path));
}

export function inSharedUiChunk(path: string): boolean {
  return SHARED_UI.some((pattern) => pattern.test(path));
}

/** The libraries the entry needs, each its own chunk so that they download in parallel. */
const LIBRARIES: [name: string, pattern: RegExp][] = [
  // With React: two tiny modules that the entry and the lazy chunks both import, which Rolldown would
  // otherwise give a chunk each (two more requests before the first paint for 130 bytes).
  [
    'react',
    /(^|\/)node_modules\/(react|use-sync-external-store)\/|^src\/lib\/cn\.ts$|^src\/stores\/persistence\/keys\.ts$/,
  ],
  ['react-dom', /(^|\/)node_modules\/(react-dom|scheduler)\//],
  ['router', /(^|\/)node_modules\/@tanstack\/(react-router|router-core|history|store|react-store)\//],
];

/**
 * Vite's preload helper, which every chunk with a dynamic import uses: goes with React, or Rolldown gives it a
 * chunk of its own, a seventh request beside the entry when the browser opens six connections per host.
 */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

export function libraryChunk(path: string, id = ''): string | undefined {
  if (id === PRELOAD_HELPER_ID) return 'react';
  return LIBRARIES.find(([, pattern]) => pattern.test(path))?.[0];
}

export const chunkGroups = [
  ...LIBRARIES.map(([name]) => ({
    name,
    includeDependenciesRecursively: false,
    test: (id: string) => libraryChunk(projectPath(id), id) === name,
  })),
  {
    name: 'store',
    includeDependenciesRecursively: false,
    test: (id: string) => inStoreChunk(projectPath(id)),
  },
  {
    name: 'ui',
    includeDependenciesRecursively: false,
    test: (id: string) => inSharedUiChunk(projectPath(id)),
  },
  {
    name: 'Markdown',
    includeDependenciesRecursively: false,
    test: (id: string) => inMarkdownChunk(projectPath(id)),
  },
];
