import { beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile } from '@/domain/model';
import { draftKey, type Ratings, selectDueCount, selectDueQuestionIds } from '@/stores';
import { type Scheduler, SCHEDULER_FAILED_MESSAGE, type SchedulerSource } from '@/stores/scheduler';

import { loadChunks } from '../support/lazy-chunks';
import { makeStore, Q1, Q2, Q3, SETUP } from './helpers';

// Stores made without a scheduler of their own use the app's (lazy) FSRS: loaded, ratings reach the
// schedule at once. The tests of the queue before it arrives pass their own SchedulerSource.
beforeAll(() => loadChunks('scheduler'));

const DAY = 24 * 60 * 60 * 1000;
const GOOD: Ratings = { context: 3, approach: 3, example: 3, outcome: 3 };
const TIMING = { durationMs: 1000, timeLimitSec: 120, overtimeSec: 0 } as const;

/** A store with one session over Q1..Q3 and an answer to each. */
function answered(options: Parameters<typeof makeStore>[0] = {}) {
  const made = makeStore(options);
  const s = made.store.getState();
  const sessionId = s.createSession(SETUP, [Q1, Q2, Q3]);
  const ids = [Q1, Q2, Q3].map((q) => {
    s.updateDraft(sessionId, q, { text: 'answer' });
    return made.store.getState().submitAnswer(sessionId, q, TIMING);
  });
  return { ...made, sessionId, ids };
}

describe('scheduling through rateAttempt', () => {
  it('reviews a question once its attempt has a grade and ratedAt', () => {
    const { store, clock, ids } = answered();
    const s = store.getState();
    s.rateAttempt(ids[0]!, { ratings: GOOD });
    expect(store.getState().schedules).toEqual({});
    s.rateAttempt(ids[0]!, { ratedAt: clock.t });
    const schedule = store.getState().schedules[Q1]!;
    expect(schedule.log).toEqual([{ attemptId: ids[0], grade: 'good', reviewedAt: clock.t, before: null }]);
    expect(schedule.guideSlug).toBe('guide-a');
    expect(schedule.card.due).toBeGreaterThan(clock.t);
  });

  it('re-reviews when the grade changes and rolls back with undoRating', () => {
    const { store, clock, ids } = answered();
    const s = store.getState();
    s.rateAttempt(ids[0]!, { ratings: GOOD, ratedAt: clock.t });
    const good = store.getState().schedules[Q1]!;
    clock.tick();
    s.rateAttempt(ids[0]!, { grade: 'again', gradeOverridden: true });
    const again = store.getState().schedules[Q1]!;
    expect(again.log).toHaveLength(1);
    expect(again.log[0]!.grade).toBe('again');
    expect(again.card.due).toBeLessThan(good.card.due);

    store.getState().undoRating();
    expect(store.getState().schedules[Q1]!.card).toEqual(good.card);
    expect(store.getState().schedules[Q1]!.log).toEqual(good.log);
  });

  it('takes the review back when the first rating is undone', () => {
    const { store, clock, ids } = answered();
    store.getState().rateAttempt(ids[0]!, { ratings: GOOD, ratedAt: clock.t });
    store.getState().undoRating();
    expect(store.getState().schedules).toEqual({});
  });

  it('leaves the schedule alone for edits that do not change the grade', () => {
    const { store, clock, ids } = answered();
    store.getState().rateAttempt(ids[0]!, { ratings: GOOD, ratedAt: clock.t });
    const before = store.getState().schedules;
    store.getState().rateAttempt(ids[0]!, { note: 'more detail next time' });
    expect(store.getState().schedules).toBe(before);
  });
});

describe('due questions', () => {
  it('lists due questions most overdue first, cached for the day', () => {
    const { store, clock, ids } = answered();
    const s = store.getState();
    s.rateAttempt(ids[0]!, { grade: 'easy', ratedAt: clock.t });
    s.rateAttempt(ids[1]!, { grade: 'again', ratedAt: clock.t });
    const now = clock.t;
    expect(selectDueQuestionIds(store.getState(), now)).toEqual([]);
    const later = now + 40 * DAY;
    const due = selectDueQuestionIds(store.getState(), later);
    expect(due).toEqual([Q2, Q1]);
    expect(selectDueQuestionIds(store.getState(), later + 1)).toBe(due);
    expect(selectDueCount(store.getState(), later)).toBe(2);
    expect(selectDueCount(store.getState(), now + 2 * DAY)).toBe(1);
  });

  it('brings questions forward before an interview date and ignores invalid dates', () => {
    const { store, clock, ids } = answered();
    const s = store.getState();
    s.rateAttempt(ids[0]!, { grade: 'easy', ratedAt: clock.t });
    const inTwoDays = new Date(clock.t + 2 * DAY);
    const ymd = `${inTwoDays.getFullYear()}-${String(inTwoDays.getMonth() + 1).padStart(2, '0')}-${String(inTwoDays.getDate()).padStart(2, '0')}`;
    const tomorrow = clock.t + DAY;
    expect(selectDueCount(store.getState(), tomorrow)).toBe(0);

    s.setInterviewDate('guide-a', ymd);
    expect(store.getState().plans['guide-a']).toMatchObject({ guideSlug: 'guide-a', interviewDate: ymd });
    expect(selectDueQuestionIds(store.getState(), tomorrow)).toEqual([Q1]);

    s.setInterviewDate('guide-a', 'not a date');
    expect(store.getState().plans['guide-a']!.interviewDate).toBe(ymd);
    s.setInterviewDate('guide-a', null);
    expect(store.getState().plans['guide-a']!.interviewDate).toBeNull();
    expect(selectDueCount(store.getState(), tomorrow)).toBe(0);
  });
});

describe('deleteSession / restoreSession', () => {
  it('removes the session, its attempts, drafts and reviews, and puts them all back', () => {
    const { store, clock, ids, sessionId } = answered();
    const s = store.getState();
    s.rateAttempt(ids[0]!, { grade: 'good', ratedAt: clock.t });
    // A second session reviews Q1 again later.
    const other = s.createSession(SETUP, [Q1]);
    clock.tick(3 * DAY);
    const otherAttempt = store.getState().submitAnswer(other, Q1, TIMING);
    store.getState().rateAttempt(otherAttempt, { grade: 'hard', ratedAt: clock.t });
    store.getState().updateDraft(sessionId, Q2, { text: 'draft' });
    const before = store.getState();

    const deleted = store.getState().deleteSession(sessionId)!;
    let state = store.getState();
    expect(state.sessions[sessionId]).toBeUndefined();
    for (const id of ids) expect(state.attempts[id]).toBeUndefined();
    expect(state.drafts[draftKey(sessionId, Q2)]).toBeUndefined();
    expect(state.undo?.attemptId).toBe(otherAttempt); // another session's: kept
    expect(state.schedules[Q1]!.log.map((e) => e.attemptId)).toEqual([otherAttempt]);
    expect(state.schedules[Q1]!.log[0]!.before).toBeNull();
    expect(deleted.attempts).toHaveLength(3);
    expect(deleted.schedules).toEqual([before.schedules[Q1]]);

    store.getState().restoreSession(deleted);
    state = store.getState();
    expect(state.sessions).toEqual(before.sessions);
    expect(state.attempts).toEqual(before.attempts);
    expect(state.schedules).toEqual(before.schedules);
    expect(state.drafts).toEqual(before.drafts);
  });

  it('returns null for an unknown session and drops a schedule left with no reviews', () => {
    const { store, clock, ids, sessionId } = answered();
    expect(store.getState().deleteSession('nope')).toBeNull();
    store.getState().rateAttempt(ids[2]!, { grade: 'good', ratedAt: clock.t });
    store.getState().deleteSession(sessionId);
    expect(store.getState().schedules).toEqual({});
  });

  it('re-adds reviews on top when the question was reviewed again after the delete', () => {
    const { store, clock, ids, sessionId } = answered();
    store.getState().rateAttempt(ids[0]!, { grade: 'good', ratedAt: clock.t });
    const deleted = store.getState().deleteSession(sessionId)!;
    clock.tick(DAY);
    const other = store.getState().createSession(SETUP, [Q1]);
    const attempt = store.getState().submitAnswer(other, Q1, TIMING);
    store.getState().rateAttempt(attempt, { grade: 'easy', ratedAt: clock.t });
    store.getState().restoreSession(deleted);
    expect(
      store
        .getState()
        .schedules[Q1]!.log.map((e) => e.attemptId)
        .sort(),
    ).toEqual([attempt, ids[0]].sort());
  });
});

describe('export / import / clear', () => {
  function exported() {
    const made = answered();
    made.store.getState().rateAttempt(made.ids[0]!, { grade: 'good', ratedAt: made.clock.t });
    made.store.getState().setInterviewDate('guide-a', '2030-01-15');
    return { ...made, file: made.store.getState().exportSnapshot() };
  }

  it('exports everything as one versioned file', () => {
    const { store, file, clock } = exported();
    const state = store.getState();
    expect(file).toMatchObject({ format: 'rehearse-export', version: 1, settings: state.settings });
    expect(file.exportedAt).toBe(new Date(clock.t).toISOString());
    expect(file.sessions).toHaveLength(1);
    expect(file.attempts).toHaveLength(3);
    expect(file.schedules).toEqual([state.schedules[Q1]]);
    expect(file.plans).toEqual([state.plans['guide-a']]);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });

  it('imports into an empty store, then counts only newer records as updates', async () => {
    const { file } = exported();
    const { store } = makeStore();
    expect(await store.getState().importRecords(file)).toEqual({ added: 6, updated: 0 });
    expect(Object.keys(store.getState().attempts)).toHaveLength(3);
    expect(store.getState().schedules[Q1]).toEqual(file.schedules[0]);
    expect(await store.getState().importRecords(file)).toEqual({ added: 0, updated: 0 });

    const newer: ExportFile = {
      ...file,
      sessions: [{ ...file.sessions[0]!, updatedAt: file.sessions[0]!.updatedAt + 1, status: 'completed' }],
      attempts: [{ ...file.attempts[1]!, submittedAt: file.attempts[1]!.submittedAt - 5 }],
      schedules: [],
      plans: [],
    };
    expect(await store.getState().importRecords(newer)).toEqual({ added: 0, updated: 1 });
    expect(store.getState().sessions[file.sessions[0]!.id]!.status).toBe('completed');
  });

  it('changes nothing when any record is malformed', async () => {
    const { file } = exported();
    const { store } = makeStore();
    const bad = { ...file, attempts: [...file.attempts, { id: 'x' }] } as unknown as ExportFile;
    await expect(store.getState().importRecords(bad)).rejects.toThrow(/not valid/);
    expect(store.getState().sessions).toEqual({});
    expect(store.getState().attempts).toEqual({});
  });

  it('clearAll removes every record and draft but keeps settings', async () => {
    const { store, sessionId } = exported();
    store.getState().setTheme('dark');
    store.getState().updateDraft(sessionId, Q2, { text: 'x' });
    await store.getState().clearAll();
    const state = store.getState();
    expect([state.sessions, state.attempts, state.schedules, state.plans, state.drafts]).toEqual([{}, {}, {}, {}, {}]);
    expect(state.settings.theme).toBe('dark');
  });
});

/** A scheduler source whose chunk arrives (or fails) only when the test says so. */
function manualScheduler() {
  let loaded: Scheduler | undefined;
  let pending: { resolve: (s: Scheduler) => void; reject: (e: Error) => void } | undefined;
  let promise: Promise<Scheduler> | undefined;
  const source: SchedulerSource = {
    loaded: () => loaded,
    load: () =>
      loaded
        ? Promise.resolve(loaded)
        : (promise ??= new Promise<Scheduler>((resolve, reject) => {
            pending = { resolve, reject };
          })),
  };
  return {
    source,
    arrive: async () => {
      loaded = await import('@/stores/schedule-sync');
      pending?.resolve(loaded);
      await new Promise((r) => setTimeout(r, 0));
    },
    fail: async () => {
      pending?.reject(new Error('Failed to fetch dynamically imported module'));
      promise = undefined;
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('before the FSRS chunk has loaded', () => {
  it("queues a rating's review and applies it, as if at once, when the scheduler arrives", async () => {
    const manual = manualScheduler();
    const { store, clock, ids } = answered({ scheduler: manual.source });
    const reference = answered();
    store.getState().rateAttempt(ids[0]!, { ratings: GOOD, ratedAt: clock.t });
    // The same rating in a store whose scheduler is already in (tests/setup.ts loads the app's).
    reference.store.getState().rateAttempt(reference.ids[0]!, { ratings: GOOD, ratedAt: reference.clock.t });
    expect(store.getState().attempts[ids[0]!]!.ratedAt).toBe(clock.t);
    expect(store.getState().schedules).toEqual({});

    await manual.arrive();
    const schedule = store.getState().schedules[Q1]!;
    const expected = reference.store.getState().schedules[Q1]!;
    expect(schedule.card).toEqual(expected.card);
    expect(schedule.log.map((e) => e.grade)).toEqual(['good']);
    expect(schedule.log[0]!.attemptId).toBe(ids[0]);
  });

  it('keeps the order of queued changes: rate, re-grade, undo, delete and restore', async () => {
    const manual = manualScheduler();
    const { store, clock, ids, sessionId } = answered({ scheduler: manual.source });
    const s = store.getState();
    s.rateAttempt(ids[0]!, { ratings: GOOD, ratedAt: clock.t });
    s.rateAttempt(ids[1]!, { grade: 'again', ratedAt: clock.t });
    s.rateAttempt(ids[1]!, { grade: 'easy', gradeOverridden: true });
    store.getState().undoRating();
    const deleted = store.getState().deleteSession(sessionId)!;
    expect(deleted.schedules).toEqual([]);
    store.getState().restoreSession(deleted);
    expect(store.getState().schedules).toEqual({});

    await manual.arrive();
    const { schedules } = store.getState();
    expect(Object.keys(schedules).sort()).toEqual([Q1, Q2].sort());
    expect(schedules[Q2]!.log.map((e) => e.grade)).toEqual(['again']);
    // The delete ran in its turn: the restore found the schedules it had taken the reviews from.
    expect(deleted.schedules.map((x) => x.questionId).sort()).toEqual([Q1, Q2].sort());
  });

  it('never drops a review when the chunk fails to load: says so, retries with the next change, then clears the message', async () => {
    const manual = manualScheduler();
    const { store, clock, ids } = answered({ scheduler: manual.source });
    // (No IndexedDB here, so the store also reports memory-only: watch for the scheduler's own message.)
    const messages: (string | null)[] = [];
    store.subscribe((state) => messages.push(state.storageError));
    store.getState().rateAttempt(ids[0]!, { ratings: GOOD, ratedAt: clock.t });
    await manual.fail();
    expect(messages).toContain(SCHEDULER_FAILED_MESSAGE);
    expect(store.getState().schedules).toEqual({});

    store.getState().rateAttempt(ids[1]!, { grade: 'hard', ratedAt: clock.t });
    await manual.arrive();
    expect(Object.keys(store.getState().schedules).sort()).toEqual([Q1, Q2].sort());
    expect(messages).toContain(SCHEDULER_FAILED_MESSAGE);
    expect(store.getState().storageError).not.toBe(SCHEDULER_FAILED_MESSAGE);
  });

  it('loadScheduler() and flush() wait for the queue; clearAll() forgets it', async () => {
    const manual = manualScheduler();
    const { store, clock, ids } = answered({ scheduler: manual.source });
    store.getState().rateAttempt(ids[0]!, { ratings: GOOD, ratedAt: clock.t });
    const ready = store.getState().loadScheduler();
    const flushed = store.getState().flush();
    setTimeout(() => void manual.arrive(), 5);
    await ready;
    await flushed;
    expect(store.getState().schedules[Q1]).toBeDefined();

    const other = manualScheduler();
    const second = answered({ scheduler: other.source });
    second.store.getState().rateAttempt(second.ids[0]!, { ratings: GOOD, ratedAt: second.clock.t });
    await second.store.getState().clearAll();
    await other.arrive();
    expect(second.store.getState().schedules).toEqual({});
  });
});
