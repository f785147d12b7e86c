import { guideSlugOfQuestion } from '@/content/ids';
import { type Attempt, NOT_APPLICABLE, RUBRIC_PARTS, type Ratings } from '@/domain/model';

import { putAttempt } from '../attempt-steps';
import type { ScheduleQueue } from '../scheduler';
import { selectAttemptFor } from '../selectors';
import type { AttemptsSlice, RecordWriter, StoreEnv } from '../types';
import type { SliceCreator } from './create';
import { draftKey } from './drafts';

const UNRATED: Ratings = { context: null, approach: null, example: null, outcome: null };

/**
 * The ratings a new attempt starts with: only "doesn't apply" marks are taken
 * (a new answer has no rating yet), and never all four.
 */
function startingRatings(ratings: Ratings | undefined): Ratings {
  if (!ratings) return UNRATED;
  const start = { ...UNRATED };
  for (const part of RUBRIC_PARTS) if (ratings[part] === NOT_APPLICABLE) start[part] = NOT_APPLICABLE;
  return RUBRIC_PARTS.some((part) => start[part] !== NOT_APPLICABLE) ? start : UNRATED;
}

export const createAttemptsSlice =
  (writer: RecordWriter, env: StoreEnv, schedule: ScheduleQueue): SliceCreator<AttemptsSlice> =>
  (set, get) => {
    /** Stores a new attempt, drops the question's draft, saves, and returns the id. */
    const record = (fields: Pick<Attempt, 'sessionId' | 'questionId'> & Partial<Attempt>): string => {
      const now = env.now();
      const attempt: Attempt = {
        schemaVersion: env.versions.recordVersions.attempts,
        id: env.newId(),
        guideSlug: guideSlugOfQuestion(fields.questionId),
        answer: '',
        source: 'typed',
        startedAt: now,
        submittedAt: now,
        durationMs: 0,
        timeLimitSec: 0,
        overtimeSec: 0,
        skipped: false,
        ratings: UNRATED,
        practicesCovered: [],
        pitfallsHit: [],
        hints: null,
        grade: null,
        gradeOverridden: false,
        note: '',
        ratedAt: null,
        ...fields,
      };
      const key = draftKey(attempt.sessionId, attempt.questionId);
      set((state) => {
        const { [key]: _submitted, ...drafts } = state.drafts;
        return { attempts: putAttempt(state.attempts, attempt), drafts };
      });
      writer.saveAttempt(attempt);
      return attempt.id;
    };

    return {
      attempts: {},
      undo: null,
      submitAnswer: (sessionId, questionId, timing, options) => {
        const state = get();
        const draft = state.drafts[draftKey(sessionId, questionId)];
        // A second submit with the draft already consumed is a double click, not a new (empty) answer.
        const existing = draft ? undefined : selectAttemptFor(state, sessionId, questionId);
        if (existing) return existing.id;
        const now = env.now();
        return record({
          sessionId,
          questionId,
          answer: draft?.text ?? '',
          source: draft?.source ?? 'typed',
          startedAt: draft?.startedAt ?? now - timing.durationMs,
          submittedAt: now,
          durationMs: timing.durationMs,
          timeLimitSec: timing.timeLimitSec,
          overtimeSec: timing.overtimeSec,
          ratings: startingRatings(options?.ratings),
        });
      },
      skipQuestion: (sessionId, questionId, timing) => {
        const state = get();
        const draft = state.drafts[draftKey(sessionId, questionId)];
        const now = env.now();
        const durationMs = timing?.durationMs ?? 0;
        return record({
          sessionId,
          questionId,
          skipped: true,
          startedAt: draft?.startedAt ?? now - durationMs,
          submittedAt: now,
          durationMs,
          timeLimitSec: timing?.timeLimitSec ?? state.sessions[sessionId]?.settings.timeLimitSec ?? 0,
          overtimeSec: timing?.overtimeSec ?? 0,
        });
      },
      rateAttempt: (attemptId, patch) => {
        const before = get().attempts[attemptId];
        if (!before) return;
        const next: Attempt = { ...before, ...patch };
        // Copied so a component reusing its arrays for the next edit cannot rewrite history (or `undo`).
        if (patch.ratings) next.ratings = { ...patch.ratings };
        if (patch.practicesCovered) next.practicesCovered = [...patch.practicesCovered];
        if (patch.pitfallsHit) next.pitfallsHit = [...patch.pitfallsHit];
        const state = get();
        const now = env.now();
        writer.saveAttempt(next);
        set({
          attempts: putAttempt(state.attempts, next),
          undo: { attemptId, before },
          // The question's review schedule follows the attempt's grade (queued if FSRS is still loading).
          ...schedule.run((scheduler, current) => scheduler.scheduleChange(current, next, now, writer)),
        });
      },
      undoRating: () => {
        const { undo, attempts } = get();
        if (!undo) return;
        if (!attempts[undo.attemptId]) {
          set({ undo: null });
          return;
        }
        const state = get();
        const { before } = undo;
        const now = env.now();
        writer.saveAttempt(before);
        set({
          attempts: putAttempt(state.attempts, before),
          undo: null,
          ...schedule.run((scheduler, current) => scheduler.scheduleChange(current, before, now, writer)),
        });
      },
    };
  };
