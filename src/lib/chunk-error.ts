/**
 * A page's code or data failed to load when its chunk could not be fetched:
 * a dropped connection, or a new version deployed while the tab was open
 * (the old chunk names are gone). Only a full reload fixes the second case.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|module script failed|Loading chunk|ChunkLoadError|error loading dynamically/i.test(
    message,
  );
}
