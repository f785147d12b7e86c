/**
 * The offline manifest's shape: written at build time (scripts/build-plugins.ts, `offlineManifest()`) and
 * read by the app (src/lib/offline.ts) to keep guides and the search index on the device.
 */
export const OFFLINE_MANIFEST_FILE = 'offline-manifest.json';

/** One file a guide or the search needs, relative to the app's base URL. */
export interface OfflineFile {
  url: string;
  /** Bytes as stored (what the cache holds). */
  bytes: number;
  /** Bytes over the wire, gzip level 9 (what a download costs). */
  gzip: number;
}

export interface OfflineManifest {
  version: 1;
  /** Per guide slug: its chunk and any chunk only guides or search need (not precached), in load order. */
  guides: Record<string, OfflineFile[]>;
  /** The search index's chunks. */
  search: OfflineFile[];
}
