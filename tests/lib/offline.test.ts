import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  cacheUsage,
  GUIDES_CACHE,
  KEPT_KEY,
  maintainOfflineCopy,
  makeAllOffline,
  makeGuideOffline,
  OfflineError,
  type OfflineManifest,
  type OfflineProgress,
  offlineStatus,
  removeOffline,
  resetOfflineManifest,
  subscribeOffline,
} from '@/lib/offline';

import { GUIDES_CACHE as SW_GUIDES_CACHE } from '../../scripts/service-worker';

const keyOf = (request: RequestInfo | URL) =>
  new URL(typeof request === 'string' ? request : request instanceof URL ? request.href : request.url, location.origin)
    .href;

/** An in-memory Cache, optionally with a byte limit past which `put` fails as a full disk does. */
class FakeCache {
  /** `vary`: stored with `Vary: Accept-Encoding` by a request that had that header, as the worker does. */
  entries = new Map<string, { body: ArrayBuffer; headers: Headers; vary?: boolean }>();
  /** The Vary header of each response put. */
  varies: (string | null)[] = [];
  constructor(private owner: FakeCacheStorage) {}
  keys() {
    return Promise.resolve([...this.entries.keys()].map((url) => new Request(url)));
  }
  match(request: RequestInfo | URL) {
    const entry = this.entries.get(keyOf(request));
    return Promise.resolve(entry ? new Response(entry.body.slice(0), { headers: entry.headers }) : undefined);
  }
  async put(request: RequestInfo | URL, response: Response) {
    const body = await response.arrayBuffer();
    this.varies.push(response.headers.get('vary'));
    if (this.owner.used() + body.byteLength > this.owner.limit) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.entries.set(keyOf(request), { body, headers: new Headers() });
  }
  delete(request: RequestInfo | URL, options?: CacheQueryOptions) {
    const key = keyOf(request);
    // A request without the stored one's Accept-Encoding only matches a Vary entry when told to ignore Vary.
    if (this.entries.get(key)?.vary && !options?.ignoreVary) return Promise.resolve(false);
    return Promise.resolve(this.entries.delete(key));
  }
}

class FakeCacheStorage {
  limit = Infinity;
  stores = new Map<string, FakeCache>();
  used() {
    let total = 0;
    for (const cache of this.stores.values())
      for (const entry of cache.entries.values()) total += entry.body.byteLength;
    return total;
  }
  open(name: string) {
    let cache = this.stores.get(name);
    if (!cache) {
      cache = new FakeCache(this);
      this.stores.set(name, cache);
    }
    return Promise.resolve(cache);
  }
  keys() {
    return Promise.resolve([...this.stores.keys()]);
  }
  delete(name: string) {
    return Promise.resolve(this.stores.delete(name));
  }
}

const file = (url: string, bytes: number) => ({ url, bytes, gzip: Math.round(bytes / 4) });
const MANIFEST: OfflineManifest = {
  version: 1,
  guides: {
    alpha: [file('assets/guides/alpha-A1.js', 400), file('assets/guides/shared-S1.js', 100)],
    beta: [file('assets/guides/beta-B1.js', 800), file('assets/guides/shared-S1.js', 100)],
    gamma: [file('assets/guides/gamma-C1.js', 1200)],
  },
  search: [file('assets/search/search-X1.js', 2000)],
};
const SIZES = new Map(
  [...Object.values(MANIFEST.guides).flat(), ...MANIFEST.search].map((f): [string, number] => [`/${f.url}`, f.bytes]),
);

let storage: FakeCacheStorage;
let fetched: string[];
let inFlight: number;
let maxInFlight: number;
let fetchFails: Error | null;

beforeEach(() => {
  storage = new FakeCacheStorage();
  fetched = [];
  inFlight = 0;
  maxInFlight = 0;
  fetchFails = null;
  localStorage.clear();
  resetOfflineManifest();
  vi.stubGlobal('caches', storage);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(keyOf(input)).pathname;
      if (path === '/offline-manifest.json') return Response.json(MANIFEST);
      if (fetchFails) throw fetchFails;
      fetched.push(path);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 1));
        init?.signal?.throwIfAborted();
        const bytes = SIZES.get(path);
        return bytes === undefined
          ? new Response('missing', { status: 404 })
          : new Response(new Uint8Array(bytes), {
              headers: { vary: 'Accept-Encoding', 'content-type': 'text/javascript' },
            });
      } finally {
        inFlight--;
      }
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const guidesCache = () => storage.stores.get(GUIDES_CACHE);
const cachedPaths = () => [...(guidesCache()?.entries.keys() ?? [])].map((url) => new URL(url).pathname).sort();

describe('the offline copy of the guides', () => {
  it('uses the cache the service worker fills', () => {
    expect(GUIDES_CACHE).toBe(SW_GUIDES_CACHE);
  });

  it('reports nothing cached at first, and what everything would cost, counting a shared file once', async () => {
    const status = await offlineStatus();
    expect(status.guides).toEqual({ alpha: false, beta: false, gamma: false });
    expect(status.search).toBe(false);
    expect(status.missingBytes).toBe((400 + 100 + 800 + 1200 + 2000) / 4);
  });

  it('makes one guide available offline: its files only, remembered, and not fetched twice', async () => {
    const listener = vi.fn();
    subscribeOffline(listener);
    await makeGuideOffline('alpha');
    expect(cachedPaths()).toEqual(['/assets/guides/alpha-A1.js', '/assets/guides/shared-S1.js']);
    const status = await offlineStatus();
    expect(status.guides).toEqual({ alpha: true, beta: false, gamma: false });
    expect(JSON.parse(localStorage.getItem(KEPT_KEY)!)).toEqual({ all: false, guides: ['alpha'] });
    expect(listener).toHaveBeenCalled();
    // Stored without Vary, so that the worker's match from a module import (other headers) finds it offline.
    expect(guidesCache()!.varies).toEqual([null, null]);

    fetched = [];
    await makeGuideOffline('beta');
    // The shared file is there already.
    expect(fetched).toEqual(['/assets/guides/beta-B1.js']);
  });

  it('refuses a guide that is not in the build', async () => {
    await expect(makeGuideOffline('nope')).rejects.toThrow(/not part of the app/);
  });

  it('makes everything available offline in batches, with progress that ends complete', async () => {
    const progress: OfflineProgress[] = [];
    await makeAllOffline((p) => progress.push(p));
    expect(cachedPaths()).toHaveLength(5);
    expect(progress[0]).toEqual({ doneFiles: 0, totalFiles: 5, doneBytes: 0, totalBytes: 4500 / 4 });
    expect(progress.at(-1)).toEqual({ doneFiles: 5, totalFiles: 5, doneBytes: 4500 / 4, totalBytes: 4500 / 4 });
    expect(maxInFlight).toBeLessThanOrEqual(6);
    const status = await offlineStatus();
    expect(Object.values(status.guides)).toEqual([true, true, true]);
    expect(status).toMatchObject({ search: true, missingBytes: 0, keptAll: true });
  });

  /** A build of 40 one-file guides. */
  function manyGuides() {
    const many: OfflineManifest = {
      version: 1,
      guides: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`g${i}`, [file(`assets/guides/g${i}.js`, 10)]])),
      search: [],
    };
    vi.mocked(fetch).mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (new URL(keyOf(input)).pathname === '/offline-manifest.json') return Response.json(many);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      init?.signal?.throwIfAborted();
      return new Response(new Uint8Array(10));
    });
  }

  it('fetches at most six files at once however many there are', async () => {
    manyGuides();
    await makeAllOffline(() => {});
    expect(maxInFlight).toBe(6);
    expect(cachedPaths()).toHaveLength(40);
  });

  it('stops when cancelled, keeping what was saved and not marking everything kept', async () => {
    manyGuides();
    const controller = new AbortController();
    const error = await makeAllOffline((p) => {
      if (p.doneFiles > 0) controller.abort();
    }, controller.signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfflineError);
    expect((error as OfflineError).kind).toBe('cancelled');
    expect(cachedPaths()).toHaveLength(6);
    expect((await offlineStatus()).keptAll).toBe(false);
  });

  it('says the storage is full, and that nothing was lost, when the cache refuses a file', async () => {
    await makeGuideOffline('alpha');
    storage.limit = storage.used() + 300;
    const error = await makeGuideOffline('gamma').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfflineError);
    expect((error as OfflineError).kind).toBe('quota');
    expect((error as Error).message).toMatch(/no room left.*Nothing was lost/);
    // What was saved before stays.
    expect((await offlineStatus()).guides).toEqual({ alpha: true, beta: false, gamma: false });
  });

  it('says so when there is no network', async () => {
    await offlineStatus(); // the manifest is precached: it loads offline too
    fetchFails = new TypeError('Failed to fetch');
    const error = await makeGuideOffline('alpha').catch((e: unknown) => e);
    expect((error as OfflineError).kind).toBe('offline');
    expect((error as Error).message).toMatch(/offline.*try again once you are connected/);
  });

  it('does not store an error response in place of a guide', async () => {
    vi.mocked(fetch).mockImplementation(async (input: RequestInfo | URL) =>
      new URL(keyOf(input)).pathname === '/offline-manifest.json'
        ? Response.json(MANIFEST)
        : new Response('gone', { status: 404 }),
    );
    await expect(makeGuideOffline('gamma')).rejects.toMatchObject({ kind: 'failed' });
    expect(cachedPaths()).toEqual([]);
  });

  it('removes one guide, then all of them, and forgets that they were kept', async () => {
    await makeGuideOffline('alpha');
    await makeGuideOffline('gamma');
    // As the service worker stores what the page fetched, on a host that sends Vary: Accept-Encoding.
    for (const entry of guidesCache()!.entries.values()) entry.vary = true;
    await removeOffline('gamma');
    expect(cachedPaths()).toEqual(['/assets/guides/alpha-A1.js', '/assets/guides/shared-S1.js']);
    expect(JSON.parse(localStorage.getItem(KEPT_KEY)!)).toEqual({ all: false, guides: ['alpha'] });
    await removeOffline('all');
    expect(guidesCache()).toBeUndefined();
    expect(localStorage.getItem(KEPT_KEY)).toBeNull();
  });

  it('measures the caches: the app shell, the guides, the guides complete, and the browser estimate', async () => {
    const precache = await storage.open('workbox-precache-v2-http://localhost/');
    await precache.put('/index.html', new Response(new Uint8Array(1000)));
    await precache.put('/assets/index-1.js', new Response(new Uint8Array(5000)));
    await makeGuideOffline('alpha');
    await storage.open(GUIDES_CACHE).then((c) => c.put('/assets/guides/beta-B1.js', new Response(new Uint8Array(800))));
    vi.stubGlobal('navigator', {
      ...navigator,
      onLine: true,
      storage: { estimate: () => Promise.resolve({ usage: 9000, quota: 1_000_000 }) },
    });
    expect(await cacheUsage()).toEqual({
      app: 6000,
      guides: 1300,
      // beta is there too: its shared file came with alpha.
      guideCount: 2,
      estimate: { usage: 9000, quota: 1_000_000 },
    });
  });

  it('after an update: drops obsolete files, keeps what the page loaded, and fetches the new versions of kept guides', async () => {
    localStorage.setItem(KEPT_KEY, JSON.stringify({ all: false, guides: ['gamma'] }));
    const cache = await storage.open(GUIDES_CACHE);
    await cache.put('/assets/guides/gamma-OLD.js', new Response(new Uint8Array(5)));
    await cache.put('/assets/guides/alpha-A1.js', new Response(new Uint8Array(400)));
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: `${location.origin}/assets/search/search-X1.js` } as PerformanceEntry,
      { name: `${location.origin}/assets/index-1.js` } as PerformanceEntry,
    ]);
    await maintainOfflineCopy({ adoptLoaded: true });
    expect(cachedPaths()).toEqual([
      '/assets/guides/alpha-A1.js',
      '/assets/guides/gamma-C1.js',
      '/assets/search/search-X1.js',
    ]);
  });

  it('on a page the worker already controlled, does not bring back a guide the user removed', async () => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: `${location.origin}/assets/guides/alpha-A1.js` } as PerformanceEntry,
    ]);
    await makeGuideOffline('alpha');
    await removeOffline('alpha');
    await maintainOfflineCopy();
    expect(cachedPaths()).toEqual([]);
  });
});
