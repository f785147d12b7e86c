/**
 * Files dropped on the library, handed to the Add guides page it opens: a
 * `File` cannot travel in a URL, so it waits here for the page to take it.
 */
let pending: File[] = [];

export function handOffFiles(files: readonly File[]): void {
  pending = [...files];
}

/** The files waiting for the Add guides page (once: taking them empties the list). */
export function takePendingFiles(): File[] {
  const files = pending;
  pending = [];
  return files;
}
