/**
 * The offline copy of the bundled guides, on top of the service worker
 * (scripts/service-worker.ts).
 *
 * The worker precaches only the app shell; a guide's chunk and the search
 * index's chunks go into the `rehearse-guides` cache as they are fetched, so
 * what the user opened works offline. This module adds the rest:
 *
 * - `makeGuideOffline(slug)` and `makeAllOffline(onProgress)` download a
 *   guide's files (listed with their sizes in the precached
 *   `offline-manifest.json`, written by scripts/build-plugins.ts) into that
 *   same cache ahead of time, and remember that the user asked to keep them.
 * - `offlineStatus()` says which guides are fully cached and what the rest
 *   would cost to download; `cacheUsage()` how much the app's caches hold.
 * - `removeOffline(slug | 'all')` gives the space back.
 * - `maintainOfflineCopy()`, run once the worker controls the page: caches
 *   the guide files the page fetched before the worker was there (the very
 *   first visit), removes files an update made obsolete, and downloads the
 *   new versions of the guides the user keeps offline.
 *
 * A download that does not fit (QuotaExceededError) or finds no network
 * fails with an `OfflineError` whose message says what happened and that
 * nothing was lost; files saved before it stay.
 */
import { OFFLINE_MANIFEST_FILE, type OfflineFile, type OfflineManifest } from './offline-manifest';

/** The runtime cache of guide and search chunks; the same name as scripts/service-worker.ts `GUIDES_CACHE`. */
export const GUIDES_CACHE = 'rehearse-guides';
/** Which guides the user asked to keep offline: `{ all: boolean, guides: string[] }` in localStorage. */
export const KEPT_KEY = 'rehearse.offline-kept';

/** Files fetched at once by `makeAllOffline`: the browser's own limit per host, so other requests still get a turn. */
const BATCH = 6;

export type { OfflineFile, OfflineManifest } from './offline-manifest';

export type OfflineErrorKind = 'quota' | 'offline' | 'cancelled' | 'failed';

export class OfflineError extends Error {
  constructor(
    readonly kind: OfflineErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'OfflineError';
  }
}

/** Where the offline copy can be managed: a production build, with the Cache API and a service worker. */
export function offlineSupported(): boolean {
  return (
    import.meta.env.PROD &&
    typeof caches !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator
  );
}

const base = (): string => import.meta.env.BASE_URL || '/';
const absolute = (url: string): string => new URL(`${base()}${url}`, location.origin).href;
const pathOf = (url: string): string => new URL(url, location.origin).pathname;
/**
 * The path of a manifest file (`assets/guides/x.js`), as `pathOf(absolute(url))` gives it, without parsing
 * two URLs: upkeep and status look up every file of every guide (thousands at 1,000 guides) on each load.
 */
const manifestPath = (url: string): string => {
  const prefix = base();
  return /^[\w./-]+$/.test(url) && prefix.startsWith('/')
    ? `${prefix.endsWith('/') ? prefix : `${prefix}/`}${url}`
    : pathOf(absolute(url));
};

let manifest: Promise<OfflineManifest> | null = null;

/** The build's offline manifest (precached, so it loads offline too). */
export function loadOfflineManifest(): Promise<OfflineManifest> {
  manifest ??= fetch(absolute(OFFLINE_MANIFEST_FILE))
    .then(async (response) => {
      if (!response.ok) throw new Error(`${OFFLINE_MANIFEST_FILE}: HTTP ${response.status}`);
      return (await response.json()) as OfflineManifest;
    })
    .catch((error: unknown) => {
      manifest = null;
      throw error;
    });
  return manifest;
}

/** For tests: forget the manifest read earlier. */
export function resetOfflineManifest() {
  manifest = null;
}

// What the user asked to keep, so that an update (new file names) can fetch the new versions.
interface Kept {
  all: boolean;
  guides: string[];
}

function readKept(): Kept {
  try {
    const value = JSON.parse(localStorage.getItem(KEPT_KEY) ?? 'null') as Partial<Kept> | null;
    return {
      all: value?.all === true,
      guides: Array.isArray(value?.guides) ? value.guides.filter((g) => typeof g === 'string') : [],
    };
  } catch {
    return { all: false, guides: [] };
  }
}

function writeKept(kept: Kept) {
  try {
    if (!kept.all && kept.guides.length === 0) localStorage.removeItem(KEPT_KEY);
    else localStorage.setItem(KEPT_KEY, JSON.stringify(kept));
  } catch {
    // Not remembered: the files stay cached until an update replaces them.
  }
}

const listeners = new Set<() => void>();

/** Called after the offline copy changed here (a download, a removal). Returns the unsubscribe. */
export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  for (const listener of listeners) listener();
}

/** The paths the guides cache holds. */
async function cachedPaths(cache: Cache): Promise<Set<string>> {
  return new Set((await cache.keys()).map((request) => pathOf(request.url)));
}

const isCached = (paths: ReadonlySet<string>, file: OfflineFile) => paths.has(manifestPath(file.url));

export interface OfflineStatus {
  /** Guide slug → whether every file it needs is cached. */
  guides: Record<string, boolean>;
  /** Whether the search index is cached. */
  search: boolean;
  /** Download size (gzip) of what is not cached yet: every guide and the search. */
  missingBytes: number;
  /** Whether the user asked to keep every guide offline. */
  keptAll: boolean;
}

export async function offlineStatus(): Promise<OfflineStatus> {
  const [files, cache] = await Promise.all([loadOfflineManifest(), caches.open(GUIDES_CACHE)]);
  const paths = await cachedPaths(cache);
  const guides: Record<string, boolean> = {};
  const missing = new Map<string, number>();
  const check = (list: readonly OfflineFile[]) => {
    let all = true;
    for (const file of list) {
      if (isCached(paths, file)) continue;
      all = false;
      missing.set(file.url, file.gzip);
    }
    return all;
  };
  for (const [slug, list] of Object.entries(files.guides)) guides[slug] = check(list);
  const search = check(files.search);
  return { guides, search, missingBytes: [...missing.values()].reduce((a, b) => a + b, 0), keptAll: readKept().all };
}

/** Why a download failed, as the user should read it. `what`: "this guide", "the guides". */
function explain(error: unknown, what: string): OfflineError {
  if (error instanceof OfflineError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new OfflineError(
      'quota',
      `This device has no room left to keep ${what} offline. Nothing was lost: your practice and the guides already saved are untouched. Free some space, or remove other offline copies, and try again.`,
    );
  }
  if (name === 'AbortError') return new OfflineError('cancelled', 'Cancelled. What was saved stays available offline.');
  if (!navigator.onLine || error instanceof TypeError) {
    return new OfflineError(
      'offline',
      `You seem to be offline, so ${what} could not be downloaded. Nothing was lost; try again once you are connected.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new OfflineError(
    'failed',
    `${what[0]!.toUpperCase()}${what.slice(1)} could not be downloaded (${detail}). Nothing was lost; try again later.`,
  );
}

/** Fetches one file into the cache. A failed response is not stored. */
async function save(cache: Cache, file: OfflineFile, signal?: AbortSignal) {
  const url = absolute(file.url);
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
  // Stored without Vary: this request lacks the headers the browser's own module import sends, and a
  // `Vary: Accept-Encoding` from the host would make the service worker miss the file offline.
  const headers = new Headers(response.headers);
  headers.delete('vary');
  await cache.put(
    url,
    new Response(response.body, { status: response.status, statusText: response.statusText, headers }),
  );
}

/** Downloads a guide's files into the cache, and remembers that the user wants it kept offline. */
export async function makeGuideOffline(slug: string, signal?: AbortSignal): Promise<void> {
  try {
    const files = (await loadOfflineManifest()).guides[slug];
    if (!files)
      throw new OfflineError('failed', 'This guide is not part of the app, so it has no offline copy to make.');
    const cache = await caches.open(GUIDES_CACHE);
    const paths = await cachedPaths(cache);
    for (const file of files) if (!isCached(paths, file)) await save(cache, file, signal);
    const kept = readKept();
    if (!kept.guides.includes(slug)) writeKept({ ...kept, guides: [...kept.guides, slug] });
  } catch (error) {
    throw explain(error, 'this guide');
  } finally {
    changed();
  }
}

export interface OfflineProgress {
  /** Files saved so far, of `totalFiles` still missing when it started. */
  doneFiles: number;
  totalFiles: number;
  /** Download bytes (gzip) so far, of `totalBytes`. */
  doneBytes: number;
  totalBytes: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Downloads every guide and the search index, `BATCH` files at a time, yielding to the page between batches.
 * Cancel with `signal`: what was saved stays. Resolves when everything is cached; rejects with an OfflineError.
 */
export async function makeAllOffline(
  onProgress: (progress: OfflineProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  try {
    const files = await loadOfflineManifest();
    const cache = await caches.open(GUIDES_CACHE);
    const paths = await cachedPaths(cache);
    const unique = new Map<string, OfflineFile>();
    for (const file of [...files.search, ...Object.values(files.guides).flat()]) {
      if (!isCached(paths, file)) unique.set(file.url, file);
    }
    const todo = [...unique.values()];
    const progress: OfflineProgress = {
      doneFiles: 0,
      totalFiles: todo.length,
      doneBytes: 0,
      totalBytes: todo.reduce((sum, file) => sum + file.gzip, 0),
    };
    onProgress({ ...progress });
    for (let at = 0; at < todo.length; at += BATCH) {
      signal?.throwIfAborted();
      const batch = todo.slice(at, at + BATCH);
      await Promise.all(
        batch.map(async (file) => {
          await save(cache, file, signal);
          progress.doneFiles++;
          progress.doneBytes += file.gzip;
        }),
      );
      onProgress({ ...progress });
      await nextTask();
    }
    writeKept({ all: true, guides: readKept().guides });
  } catch (error) {
    throw explain(error, 'the guides');
  } finally {
    changed();
  }
}

/** Deletes the offline copy of one guide, or of every guide and the search ('all'). The app shell stays. */
export async function removeOffline(slug: string | 'all'): Promise<void> {
  try {
    if (slug === 'all') {
      writeKept({ all: false, guides: [] });
      await caches.delete(GUIDES_CACHE);
      return;
    }
    const kept = readKept();
    writeKept({ all: false, guides: kept.guides.filter((g) => g !== slug) });
    const files = (await loadOfflineManifest()).guides[slug] ?? [];
    const cache = await caches.open(GUIDES_CACHE);
    // ignoreVary: the worker stored the response with its request's headers, and a host that sends
    // `Vary: Accept-Encoding` would make a plain delete miss it.
    await Promise.all(files.map((file) => cache.delete(absolute(file.url), { ignoreVary: true })));
  } finally {
    changed();
  }
}

export interface CacheUsage {
  /** Bytes of the app shell (the service worker's precache and any other cache of the app). */
  app: number;
  /** Bytes of the guide and search files kept. */
  guides: number;
  /** Guides whose files are all cached. */
  guideCount: number;
  /** What the browser reports for the whole site (caches, IndexedDB, …), when it does. */
  estimate: { usage: number; quota: number } | null;
}

async function responseBytes(response: Response | undefined): Promise<number> {
  if (!response) return 0;
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > 0) return length;
  return (await response.blob()).size;
}

async function cacheBytes(name: string): Promise<number> {
  const cache = await caches.open(name);
  let total = 0;
  for (const request of await cache.keys())
    total += await responseBytes(await cache.match(request, { ignoreVary: true }));
  return total;
}

/** How much the app's caches hold: the shell, the guides, and the browser's estimate for the site. */
export async function cacheUsage(): Promise<CacheUsage> {
  const names = await caches.keys();
  let app = 0;
  let guides = 0;
  for (const name of names) {
    const bytes = await cacheBytes(name);
    if (name === GUIDES_CACHE) guides += bytes;
    else app += bytes;
  }
  let guideCount = 0;
  try {
    guideCount = Object.values((await offlineStatus()).guides).filter(Boolean).length;
  } catch {
    // No manifest (an old build in the cache): the bytes are still right.
  }
  let estimate: CacheUsage['estimate'] = null;
  try {
    const value = await navigator.storage?.estimate?.();
    if (value?.usage !== undefined && value.quota !== undefined) estimate = { usage: value.usage, quota: value.quota };
  } catch {
    // Not reported.
  }
  return { app, guides, guideCount, estimate };
}

/**
 * Once the service worker controls the page: drops files no longer in the build (an update renamed them), fetches
 * what the user keeps offline but the cache lacks (the new versions after an update), and with `adoptLoaded` (the
 * page loaded before a worker controlled it: the first visit) caches the guide and search files it loaded, which
 * the worker never saw. Only then: on a controlled page the worker cached them itself, and adopting them again
 * would undo a "Remove offline copy" pressed meanwhile. Best effort: errors are left for the next visit.
 */
export async function maintainOfflineCopy({ adoptLoaded = false }: { adoptLoaded?: boolean } = {}): Promise<void> {
  const files = await loadOfflineManifest();
  const cache = await caches.open(GUIDES_CACHE);
  const known = new Map<string, OfflineFile>();
  for (const file of [...files.search, ...Object.values(files.guides).flat()]) known.set(manifestPath(file.url), file);
  let paths = await cachedPaths(cache);

  for (const request of await cache.keys()) {
    if (!known.has(pathOf(request.url))) await cache.delete(request, { ignoreVary: true });
  }
  paths = await cachedPaths(cache);

  const wanted = new Map<string, OfflineFile>();
  if (adoptLoaded) {
    for (const entry of performance.getEntriesByType('resource')) {
      const file = known.get(pathOf(entry.name));
      if (file) wanted.set(file.url, file);
    }
  }
  const kept = readKept();
  const keptFiles = kept.all ? [...known.values()] : kept.guides.flatMap((slug) => files.guides[slug] ?? []);
  if (navigator.onLine) for (const file of keptFiles) wanted.set(file.url, file);

  let saved = 0;
  for (const file of wanted.values()) {
    if (isCached(paths, file)) continue;
    try {
      await save(cache, file);
      saved++;
    } catch {
      // Next visit.
    }
  }
  if (saved > 0) changed();
}
