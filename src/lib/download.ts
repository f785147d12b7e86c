/** Saving the user's data as files: names and the download itself. */
/** Local calendar day as YYYY-MM-DD: the date the user sees on their clock when they download. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const jsonFileName = (date: Date) => `rehearse-export-${localDay(date)}.json`;
export const markdownFileName = (date: Date) => `rehearse-answers-${localDay(date)}.md`;
/** The crash screen's download: an export plus whatever could not be checked. */
export const rescueFileName = (date: Date) => `rehearse-rescue-${localDay(date)}.json`;

/**
 * Saves text as a file through a temporary object URL. The URL is revoked a
 * little later: revoking it in the same task cancels the download in some browsers.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
