/** Saving the user's data as files: names and the download itself. */
import { localDayKey } from './format';

// Named by the day the user sees on their clock when they download.
export const jsonFileName = (date: Date) => `rehearse-export-${localDayKey(date)}.json`;
export const markdownFileName = (date: Date) => `rehearse-answers-${localDayKey(date)}.md`;
/** The crash screen's download: an export plus whatever could not be checked. */
export const rescueFileName = (date: Date) => `rehearse-rescue-${localDayKey(date)}.json`;
/** Your data's download of the stored records this version could not read. */
export const unreadableFileName = (date: Date) => `rehearse-unreadable-${localDayKey(date)}.json`;

/**
 * Saves a Blob as a file through a temporary object URL. The URL is revoked a
 * little later: revoking it in the same task cancels the download in some browsers.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file (`downloadBlob`). */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
