/**
 * Recordings between Submit and IndexedDB. The answering screen goes away the moment an answer is
 * submitted, while the recorder is still handing over its last chunk and the save is under way: this
 * registry lets the reveal's player wait for that save (instead of reporting the recording missing) and
 * show its outcome. It is small and imports nothing heavy, so screens can read it without loading the
 * recorder. In memory only: after a reload the stored recording (or its absence) is the truth.
 */

/** Resolves to null once saved, or to what went wrong in words for the user. */
const saves = new Map<string, Promise<string | null>>();
/** Level strips computed after the save (the stored recording may have been saved without one). */
const levelStrips = new Map<string, number[]>();
const listeners = new Set<() => void>();

export function trackSave(attemptId: string, outcome: Promise<string | null>): void {
  saves.set(attemptId, outcome);
  listeners.forEach((listener) => listener());
}

/** The save of this attempt's recording started in this page, if any. */
export function pendingSave(attemptId: string): Promise<string | null> | undefined {
  return saves.get(attemptId);
}

export function subscribePending(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function rememberPeaks(attemptId: string, peaks: number[]): void {
  levelStrips.set(attemptId, peaks);
  listeners.forEach((listener) => listener());
}

export function rememberedPeaks(attemptId: string): number[] | undefined {
  return levelStrips.get(attemptId);
}

/** For tests: forget every save. */
export function resetPending(): void {
  saves.clear();
  levelStrips.clear();
}
