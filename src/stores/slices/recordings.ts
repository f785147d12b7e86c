/**
 * Recorded answers. The description (`Recording`: attempt, MIME type, size, length, level strip) is a
 * stored record like any other, in state, synced and exported; the audio is a Blob kept beside it in
 * IndexedDB and read only when something plays it, so state, tab messages and the JSON export stay small.
 */
import type { DeliveryFigures, DeliverySelfRating } from '@/domain/delivery/types';
import type { Attempt, Recording, RecordingSettings, Settings } from '@/domain/model';
import { LIMITS } from '@/domain/schema';
import { readRecord } from '@/domain/versions';

import type { PracticeDb } from '../persistence/db';
import { StorageFailure } from '../persistence/failure';
import type { RecordingsSlice, RecordWriter, StoreEnv } from '../types';
import type { SliceCreator } from './create';

export const DEFAULT_RECORDING_SETTINGS: RecordingSettings = { cap: null, voice: null, rate: 1, cue: false };

/** The recording settings in force (the defaults until the user changes one). */
export function recordingSettings(settings: Settings): RecordingSettings {
  return settings.recording ?? DEFAULT_RECORDING_SETTINGS;
}

/** The last few recordings made in this page, so the reveal plays at once (and plays without a database). */
const RECENT_AUDIO = 4;

/** The attempt ids of the recordings past the cap, oldest first (by when they were recorded). */
export function overCap(recordings: Record<string, Recording>, cap: number | null): string[] {
  if (cap === null) return [];
  const all = Object.values(recordings).sort(
    (a, b) => a.createdAt - b.createdAt || (a.attemptId < b.attemptId ? -1 : 1),
  );
  return all.slice(0, Math.max(0, all.length - cap)).map((r) => r.attemptId);
}

export const createRecordingsSlice =
  (writer: RecordWriter, env: StoreEnv, getDb: () => Promise<PracticeDb | null>): SliceCreator<RecordingsSlice> =>
  (set, get) => {
    const recent = new Map<string, Blob>();
    const remember = (attemptId: string, blob: Blob) => {
      recent.delete(attemptId);
      recent.set(attemptId, blob);
      while (recent.size > RECENT_AUDIO) recent.delete(recent.keys().next().value!);
    };

    const dropRecordings = (ids: readonly string[]) => {
      if (ids.length === 0) return;
      set((state) => {
        const recordings = { ...state.recordings };
        for (const id of ids) delete recordings[id];
        return { recordings };
      });
      for (const id of ids) {
        recent.delete(id);
        writer.deleteRecording(id);
      }
    };

    const patchAttempt = (attemptId: string, patch: Partial<Attempt>) => {
      const attempt = get().attempts[attemptId];
      if (!attempt) return;
      const next = { ...attempt, ...patch };
      set((state) => ({ attempts: { ...state.attempts, [attemptId]: next } }));
      writer.saveAttempt(next);
    };

    return {
      recordings: {},

      saveRecording: async ({ attemptId, blob, mimeType, durationMs, peaks }) => {
        const attempt = get().attempts[attemptId];
        if (!attempt) return 'The answer this recording belongs to is not in your history any more.';
        if (blob.size === 0) {
          return 'The recording came back empty (this happens with some Bluetooth headsets). Your written answer is saved; try the built-in microphone next time.';
        }
        const result = readRecord(
          'recordings',
          {
            schemaVersion: env.versions.recordVersions.recordings,
            attemptId,
            sessionId: attempt.sessionId,
            questionId: attempt.questionId,
            guideSlug: attempt.guideSlug,
            mimeType: mimeType.split(';')[0]!.trim() ? mimeType : blob.type,
            bytes: blob.size,
            durationMs: Math.max(0, Math.round(durationMs)),
            createdAt: env.now(),
            peaks: peaks.slice(0, LIMITS.peaks).map((p) => Math.min(1, Math.max(0, p))),
          } satisfies Recording,
          env.versions,
        );
        if (!('ok' in result)) {
          return blob.size > LIMITS.recordingBytes
            ? 'This recording is too long to keep (over 25 MB). Your written answer is saved.'
            : result.error.replace(/^a stored /, 'This ');
        }
        const recording = result.ok;
        remember(attemptId, blob);
        set((state) => ({ recordings: { ...state.recordings, [attemptId]: recording } }));
        const failure = await writer.saveRecording(recording, blob);
        // The cap applies once the new one is safely stored.
        if (!failure) dropRecordings(overCap(get().recordings, recordingSettings(get().settings).cap));
        return failure ? `Your recording could not be saved: ${failure.message}` : null;
      },

      loadRecording: async (attemptId) => {
        const cached = recent.get(attemptId);
        if (cached) return cached;
        if (!get().recordings[attemptId]) return null;
        const db = await getDb();
        if (!db) return null;
        try {
          const bytes = await db.loadAudio(attemptId);
          const recording = get().recordings[attemptId];
          return bytes && recording ? new Blob([bytes], { type: recording.mimeType }) : null;
        } catch (error) {
          throw error instanceof StorageFailure ? error : new StorageFailure('read', error);
        }
      },

      deleteRecordings: async (scope) => {
        const wanted = 'attemptIds' in scope ? new Set(scope.attemptIds) : null;
        const ids = Object.values(get().recordings)
          .filter((r) => {
            if ('all' in scope) return true;
            if ('attemptIds' in scope) return wanted!.has(r.attemptId);
            return r.sessionId === scope.sessionId;
          })
          .map((r) => r.attemptId);
        dropRecordings(ids);
        await writer.flush();
        return ids.length;
      },

      setDelivery: (attemptId: string, delivery: DeliveryFigures) => patchAttempt(attemptId, { delivery }),

      setRecordingPeaks: (attemptId, peaks) => {
        const recording = get().recordings[attemptId];
        if (!recording) return;
        const next = { ...recording, peaks: peaks.slice(0, LIMITS.peaks).map((p) => Math.min(1, Math.max(0, p))) };
        set((state) => ({ recordings: { ...state.recordings, [attemptId]: next } }));
        writer.updateRecording(next);
      },

      setDeliverySelfRating: (attemptId: string, rating: DeliverySelfRating | null) =>
        patchAttempt(attemptId, { deliverySelfRating: rating }),

      setRecordingSettings: (patch) => {
        set((state) => ({
          settings: { ...state.settings, recording: { ...recordingSettings(state.settings), ...patch } },
        }));
        if ('cap' in patch) dropRecordings(overCap(get().recordings, recordingSettings(get().settings).cap));
      },
    };
  };
