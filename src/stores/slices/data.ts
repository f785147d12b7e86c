import type {
  Attempt,
  Draft,
  ExportFile,
  GuidePlan,
  PracticeSession,
  ReviewSchedule,
  Recording,
  Story,
  UserGuide,
} from '@/domain/model';
import type { RecordKind } from '@/domain/schema';
import { readRecord } from '@/domain/versions';

import type { ScheduleQueue } from '../scheduler';
import type { DataSlice, DeletedSession, PracticeState, RecordWriter, StoreEnv } from '../types';
import type { SliceCreator } from './create';
import { draftKey } from './drafts';

const attemptStamp = (a: Attempt) => Math.max(a.ratedAt ?? 0, a.submittedAt);

/** `incoming` merged into `current` by key: new records added, present ones replaced only by newer ones. */
function mergeRecords<T>(
  current: Record<string, T>,
  incoming: readonly T[],
  key: (record: T) => string,
  stamp: (record: T) => number,
) {
  const merged = { ...current };
  const changed: T[] = [];
  let added = 0;
  let updated = 0;
  for (const record of incoming) {
    const id = key(record);
    const existing = merged[id];
    if (existing === undefined) added++;
    else if (stamp(record) > stamp(existing)) updated++;
    else continue;
    merged[id] = record;
    changed.push(record);
  }
  return { merged, changed, added, updated };
}

export const createDataSlice =
  (writer: RecordWriter, env: StoreEnv, schedule: ScheduleQueue): SliceCreator<DataSlice> =>
  (set, get) => ({
    deleteSession: (sessionId) => {
      const state = get();
      const session = state.sessions[sessionId];
      if (!session) return null;
      const now = env.now();
      const removed = Object.values(state.attempts).filter((a) => a.sessionId === sessionId);
      const removedIds = new Set(removed.map((a) => a.id));

      // Filled when the reviews are taken back: at once, or when FSRS arrives (a restore waits in the same queue).
      const schedulesBefore: ReviewSchedule[] = [];
      const scheduleChanges = schedule.run((scheduler, current) => {
        const { schedules, before } = scheduler.withoutReviews(current.schedules, removed, now, writer);
        schedulesBefore.push(...before);
        return { schedules };
      });

      const attempts = { ...state.attempts };
      for (const attempt of removed) {
        delete attempts[attempt.id];
        writer.deleteAttempt(attempt.id);
      }
      const sessions = { ...state.sessions };
      delete sessions[sessionId];
      writer.deleteSession(sessionId);

      const drafts: Record<string, Draft> = {};
      const removedDrafts: Draft[] = [];
      for (const [key, draft] of Object.entries(state.drafts)) {
        if (draft.sessionId === sessionId) removedDrafts.push(draft);
        else drafts[key] = draft;
      }

      set({
        sessions,
        attempts,
        ...scheduleChanges,
        drafts: removedDrafts.length > 0 ? drafts : state.drafts,
        undo: state.undo && removedIds.has(state.undo.attemptId) ? null : state.undo,
      });
      return { session, attempts: removed, schedules: schedulesBefore, drafts: removedDrafts } satisfies DeletedSession;
    },

    restoreSession: (deleted) => {
      const state = get();
      const now = env.now();
      const { session } = deleted;
      const sessions = { ...state.sessions, [session.id]: session };
      writer.saveSession(session);
      const attempts = { ...state.attempts };
      for (const attempt of deleted.attempts) {
        attempts[attempt.id] = attempt;
        writer.saveAttempt(attempt);
      }
      const drafts = { ...state.drafts };
      for (const draft of deleted.drafts) drafts[draftKey(draft.sessionId, draft.questionId)] ??= draft;

      set({
        sessions,
        attempts,
        drafts,
        ...schedule.run((scheduler, current) => ({
          schedules: scheduler.restoredSchedules(current.schedules, deleted, now, writer),
        })),
      });
    },

    exportSnapshot: () => {
      const state = get();
      const file: ExportFile = {
        format: 'rehearse-export',
        version: 1,
        exportedAt: new Date(env.now()).toISOString(),
        sessions: Object.values(state.sessions).sort((a, b) => a.createdAt - b.createdAt),
        attempts: Object.values(state.attempts).sort((a, b) => a.submittedAt - b.submittedAt),
        schedules: Object.values(state.schedules),
        plans: Object.values(state.plans),
        guides: Object.values(state.guides).sort((a, b) => a.createdAt - b.createdAt),
        stories: Object.values(state.stories).sort((a, b) => a.createdAt - b.createdAt),
        recordings: Object.values(state.recordings).sort((a, b) => a.createdAt - b.createdAt),
        settings: state.settings,
      };
      // Kept in their own section, so exporting and clearing loses nothing; an import ignores it.
      if (state.setAsideRecords.length > 0) file.setAside = [...state.setAsideRecords];
      return file;
    },

    importRecords: async (imported, audio) => {
      // An export from an older build holds older record shapes: each is brought up to date and checked as on load.
      let bad = 0;
      const current = <K extends RecordKind>(kind: K, records: readonly unknown[]) =>
        records.flatMap((raw) => {
          const result = readRecord(kind, raw, env.versions);
          if ('ok' in result) return [result.ok];
          bad++;
          return [];
        });
      const file = {
        sessions: current('sessions', imported.sessions),
        attempts: current('attempts', imported.attempts),
        schedules: current('schedules', imported.schedules),
        plans: current('plans', imported.plans),
        guides: current('guides', imported.guides ?? []),
        stories: current('stories', imported.stories ?? []),
        recordings: current('recordings', imported.recordings ?? []),
      };
      if (bad > 0) {
        throw new Error(
          `${bad} ${bad === 1 ? 'record in this file is' : 'records in this file are'} not valid, so nothing was imported.`,
        );
      }
      const state = get();
      const sessions = mergeRecords<PracticeSession>(
        state.sessions,
        file.sessions,
        (r) => r.id,
        (r) => r.updatedAt,
      );
      const attempts = mergeRecords<Attempt>(state.attempts, file.attempts, (r) => r.id, attemptStamp);
      const schedules = mergeRecords<ReviewSchedule>(
        state.schedules,
        file.schedules,
        (r) => r.questionId,
        (r) => r.updatedAt,
      );
      const plans = mergeRecords<GuidePlan>(
        state.plans,
        file.plans,
        (r) => r.guideSlug,
        (r) => r.updatedAt,
      );
      const updatedAt = (r: { updatedAt: number }) => r.updatedAt;
      const guides = mergeRecords<UserGuide>(state.guides, file.guides, (r) => r.slug, updatedAt);
      const stories = mergeRecords<Story>(state.stories, file.stories, (r) => r.id, updatedAt);
      // A recording comes in only with its audio (the archive export) and its answer.
      const withAudio = file.recordings.filter((r) => audio?.has(r.attemptId) && attempts.merged[r.attemptId]);
      const recordings = mergeRecords<Recording>(
        state.recordings,
        withAudio,
        (r) => r.attemptId,
        (r) => r.createdAt,
      );
      set({
        sessions: sessions.merged,
        attempts: attempts.merged,
        schedules: schedules.merged,
        plans: plans.merged,
        guides: guides.merged,
        stories: stories.merged,
        recordings: recordings.merged,
      } satisfies Partial<PracticeState>);
      for (const r of sessions.changed) writer.saveSession(r);
      for (const r of attempts.changed) writer.saveAttempt(r);
      for (const r of schedules.changed) writer.saveSchedule(r);
      for (const r of plans.changed) writer.savePlan(r);
      for (const r of guides.changed) writer.saveGuide(r);
      for (const r of stories.changed) writer.saveStory(r);
      for (const r of recordings.changed) {
        const blob = audio!.get(r.attemptId)!;
        void writer.saveRecording(r, blob.type === r.mimeType ? blob : new Blob([blob], { type: r.mimeType }));
      }
      await writer.flush();
      const parts = [sessions, attempts, schedules, plans, guides, stories, recordings];
      return {
        added: parts.reduce((n, p) => n + p.added, 0),
        updated: parts.reduce((n, p) => n + p.updated, 0),
      };
    },

    clearAll: async () => {
      // Queued review changes would only bring back schedules of deleted attempts.
      schedule.drop();
      set({
        sessions: {},
        attempts: {},
        schedules: {},
        plans: {},
        guides: {},
        stories: {},
        recordings: {},
        drafts: {},
        undo: null,
        setAside: 0,
        setAsideRecords: [],
      });
      await writer.clearAll();
    },
  });
