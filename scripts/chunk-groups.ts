/**
 * Which modules share a chunk, where Rolldown's automatic splitting would
 * make many tiny ones (vite.config.ts, `build.rolldownOptions.output.codeSplitting`).
 *
 * Why: every page's first paint waits for the store (its loaders read the
 * user's data) and for its route's code. Split automatically, that was ~20
 * requests of 0.1–10 KiB in three waves (entry → store → the database code the
 * store then imports), and on a phone's connection each wave and each request
 * beyond the browser's six per host costs a round trip. Grouped, it is the
 * entry, then one store chunk and one chunk of small shared UI pieces beside
 * the route's own.
 *
 * The groups do not take modules' dependencies with them
 * (`includeDependenciesRecursively: false`): with them, React and the theme
 * code (part of the entry) were pulled into the store chunk and the entry
 * then imported it statically, making the whole store part of the first
 * download. `npm run size` fails if a group ever leaks into the entry.
 */
import { relative, sep } from 'node:path';

/** The lazy store: everything under src/stores/ except what the entry or a rarely used screen needs. */
const STORE_EXCLUDED = new Set([
  'src/stores/theme.ts', // in the entry: the theme applies before the store arrives
  'src/stores/app-store.ts', // in the entry: it starts the store
  'src/stores/persistence/keys.ts', // in the entry (theme.ts reads the stored theme)
  'src/stores/schedule-sync.ts', // FSRS, loaded when a review is scheduled (scheduler.ts)
  'src/stores/persistence/rescue.ts', // the crash screen's rescue export
]);
const STORE_EXTRA = [/^node_modules\/(idb|zustand)\//, /^src\/domain\/(model|rubric|summary|schedule-dates)\.ts$/];

/** Small modules several route chunks share (each 0.2–3 KiB): one request instead of one each. */
const SHARED_UI = [
  /^src\/components\/ui\/(Badge|Kbd|Tag|styles|tones)\.tsx?$/,
  /^src\/lib\/(date-format|download|prepared-markdown)\.ts$/,
  /^src\/features\/library\/(format|score)\.ts$/,
  /^src\/features\/practice\/dictation\/speech\.ts$/,
  /^src\/domain\/checklist\.ts$/,
];

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

export const chunkGroups = [
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
];
