import { vi } from 'vitest';

/** A Blob's text, through FileReader (jsdom's Blob has no `text()` in every version). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

/**
 * Captures what downloadText() saves instead of letting jsdom try to navigate:
 * each click on a download link adds its file name and the Blob behind its URL.
 * Callers restore `URL.createObjectURL` / `revokeObjectURL` and the spies after the test.
 */
export function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: last! });
  });
  return files;
}
