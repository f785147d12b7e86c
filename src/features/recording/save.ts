import { usePracticeStore } from '@/stores';

import { pendingSave, rememberPeaks, trackSave } from './pending';
import type { RecordingResult } from './recorder';

/** Said when the save itself threw rather than returned a message (it should not; this is the net). */
const SAVE_FAILED =
  'The recording of this answer could not be saved on this device. Your written answer is saved; the audio is lost.';

/**
 * Writes a submitted answer's recording, then measures its delivery. Saving comes first and at once
 * (a reload on the reveal must find the audio); the analysis is loaded and run afterwards, and its
 * failure costs only the delivery figures. `result` rejects with a RecordingError when the recorder
 * failed or came back empty: its message becomes the outcome the reveal shows.
 */
export function saveSubmittedRecording(attemptId: string, result: Promise<RecordingResult>, transcript: string): void {
  const saved = result.then(
    async (recording) => {
      const { saveRecording } = usePracticeStore.getState();
      let problem: string | null;
      try {
        problem = await saveRecording({
          attemptId,
          blob: recording.blob,
          mimeType: recording.mimeType,
          durationMs: recording.durationMs,
          peaks: [],
        });
      } catch {
        problem = SAVE_FAILED;
      }
      if (problem === null) void analyse(attemptId, recording.blob, transcript);
      return problem;
    },
    (error: unknown) => (error instanceof Error ? error.message : SAVE_FAILED),
  );
  trackSave(attemptId, saved);
}

/** Analyses in flight in this page, by attempt: each resolves to whether figures were stored. */
const analysing = new Map<string, Promise<boolean>>();

function analyse(attemptId: string, blob: Blob, transcript: string): Promise<boolean> {
  const running = analysing.get(attemptId);
  if (running) return running;
  const run = (async () => {
    try {
      const { analyseRecording } = await import('@/lib/recording/analyse');
      const { figures, peaks } = await analyseRecording(blob, transcript);
      rememberPeaks(attemptId, peaks);
      usePracticeStore.getState().setRecordingPeaks(attemptId, peaks);
      usePracticeStore.getState().setDelivery(attemptId, figures);
      return true;
    } catch {
      // Audio the browser cannot decode gives no figures; the recording itself is saved and plays.
      return false;
    } finally {
      analysing.delete(attemptId);
    }
  })();
  analysing.set(attemptId, run);
  return run;
}

/**
 * Measures a stored recording that has no delivery figures yet: the analysis after submit did not finish
 * (a reload, the tab closed) or is still running. Resolves to whether figures are there now.
 */
export async function ensureMeasured(attemptId: string): Promise<boolean> {
  const state = usePracticeStore.getState();
  const attempt = state.attempts[attemptId];
  if (!attempt) return false;
  if (attempt.delivery) return true;
  const running = analysing.get(attemptId);
  if (running) return running;
  // A save still under way: wait for it before reading the audio back.
  const saving = pendingSave(attemptId);
  if (saving && (await saving) !== null) return false;
  let blob: Blob | null;
  try {
    blob = await state.loadRecording(attemptId);
  } catch {
    return false;
  }
  return blob ? analyse(attemptId, blob, attempt.answer) : false;
}
