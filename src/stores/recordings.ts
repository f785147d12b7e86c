/** What screens read about recorded answers (the audio itself: `loadRecording`). */
import type { Recording } from '@/domain/model';

import type { PracticeState } from './types';

export { DEFAULT_RECORDING_SETTINGS, recordingSettings } from './slices/recordings';

export interface RecordingUsage {
  count: number;
  /** The audio's size as recorded. */
  bytes: number;
  durationMs: number;
}

/** How many recordings there are, how long, and the space their audio takes. */
export function selectRecordingUsage(state: Pick<PracticeState, 'recordings'>): RecordingUsage {
  let bytes = 0;
  let durationMs = 0;
  const all = Object.values(state.recordings);
  for (const r of all) {
    bytes += r.bytes;
    durationMs += r.durationMs;
  }
  return { count: all.length, bytes, durationMs };
}

/** A session's recordings, in the order they were made. */
export function selectSessionRecordings(state: Pick<PracticeState, 'recordings'>, sessionId: string): Recording[] {
  return Object.values(state.recordings)
    .filter((r) => r.sessionId === sessionId)
    .sort((a, b) => a.createdAt - b.createdAt);
}
