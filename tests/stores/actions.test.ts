import { describe, expect, it } from 'vitest';

import { draftKey, type Ratings, RECORD_VERSIONS } from '@/stores';

import { UNRATED } from '../support/records';
import { makeStore, Q1, Q2, Q3, SETUP } from './helpers';

const RATED: Ratings = { context: 3, approach: 4, example: 2, outcome: 3 };
const TIMING = { durationMs: 11_000, timeLimitSec: 120, overtimeSec: 0 } as const;

describe('practice actions', () => {
  it('creates an active session at question 0 with copies of its inputs', () => {
    const { store, clock } = makeStore();
    const questionIds = [Q1, Q2, Q3];
    const id = store.getState().createSession(SETUP, questionIds);
    questionIds.push('later-mutation');

    expect(store.getState().sessions[id]).toEqual({
      schemaVersion: 1,
      id,
      createdAt: clock.t,
      updatedAt: clock.t,
      settings: SETUP,
      questionIds: [Q1, Q2, Q3],
      currentIndex: 0,
      status: 'active',
      pausedAt: null,
      completedAt: null,
    });
    expect(store.getState().sessions[id]!.settings).not.toBe(SETUP);
  });

  it('create → draft → submit → rate → undo', () => {
    const { store, clock } = makeStore();
    const s = store.getState();
    const sessionId = s.createSession(SETUP, [Q1, Q2]);
    const key = draftKey(sessionId, Q1);

    s.updateDraft(sessionId, Q1, { startedAt: clock.t });
    const started = clock.t;
    clock.tick(5000);
    s.updateDraft(sessionId, Q1, { text: 'I once', source: 'typed' });
    clock.tick(5000);
    s.updateDraft(sessionId, Q1, { text: 'I once led a migration', source: 'mixed' });
    expect(store.getState().drafts[key]).toEqual({
      sessionId,
      questionId: Q1,
      text: 'I once led a migration',
      source: 'mixed',
      startedAt: started,
      elapsedMs: 0,
      updatedAt: clock.t,
    });

    clock.tick(1000);
    const attemptId = s.submitAnswer(sessionId, Q1, { durationMs: 11_000, timeLimitSec: 120, overtimeSec: 0 });
    const attempt = store.getState().attempts[attemptId]!;
    expect(attempt).toMatchObject({
      schemaVersion: RECORD_VERSIONS.attempts,
      sessionId,
      questionId: Q1,
      guideSlug: 'guide-a',
      answer: 'I once led a migration',
      source: 'mixed',
      startedAt: started,
      submittedAt: clock.t,
      durationMs: 11_000,
      timeLimitSec: 120,
      overtimeSec: 0,
      skipped: false,
      ratings: { context: null, approach: null, example: null, outcome: null },
      grade: null,
      ratedAt: null,
    });
    expect(store.getState().drafts[key]).toBeUndefined();

    // A second submit with no draft left (a double click) must not add an empty attempt.
    expect(s.submitAnswer(sessionId, Q1, { durationMs: 12_000, timeLimitSec: 120, overtimeSec: 0 })).toBe(attemptId);
    expect(Object.keys(store.getState().attempts)).toHaveLength(1);

    s.rateAttempt(attemptId, { ratings: RATED, grade: 'good', ratedAt: clock.t, note: 'ok' });
    expect(store.getState().attempts[attemptId]).toMatchObject({ ratings: RATED, grade: 'good', note: 'ok' });
    expect(store.getState().undo).toEqual({ attemptId, before: attempt });

    s.rateAttempt(attemptId, { grade: 'easy', gradeOverridden: true });
    expect(store.getState().attempts[attemptId]).toMatchObject({
      ratings: RATED,
      grade: 'easy',
      gradeOverridden: true,
    });

    s.undoRating();
    expect(store.getState().attempts[attemptId]).toMatchObject({
      grade: 'good',
      gradeOverridden: false,
      ratings: RATED,
    });
    expect(store.getState().undo).toBeNull();

    // Nothing left to undo: a second undo changes nothing.
    const before = store.getState().attempts;
    s.undoRating();
    expect(store.getState().attempts).toBe(before);
  });

  /** Context and outcome marked "doesn't apply", the rest not rated. */
  const NA_ENDS: Ratings = { ...UNRATED, context: 'na', outcome: 'na' };

  it('submit takes the parts that start as "doesn\'t apply", stored from the start and not an Undo step; a rating undoes alone', () => {
    const { store } = makeStore();
    const s = store.getState();
    const sessionId = s.createSession(SETUP, [Q1, Q2, Q3]);
    s.updateDraft(sessionId, Q1, { text: 'A closure keeps the scope it was made in.' });
    const id = s.submitAnswer(sessionId, Q1, TIMING, {
      ratings: NA_ENDS,
    });
    expect(store.getState().attempts[id]!.ratings).toEqual(NA_ENDS);
    expect(store.getState().undo).toBeNull();

    const closures: Ratings = { context: 'na', approach: 3, example: 3, outcome: 'na' };
    s.rateAttempt(id, { ratings: closures, grade: 'good' });
    s.undoRating();
    expect(store.getState().attempts[id]!.ratings).toEqual(NA_ENDS);

    // Only "doesn't apply" marks are taken (a new answer has no rating yet), and never all four.
    s.updateDraft(sessionId, Q2, { text: 'Two' });
    const rated = s.submitAnswer(sessionId, Q2, TIMING, { ratings: { ...closures, approach: 4 } });
    expect(store.getState().attempts[rated]!.ratings).toEqual(NA_ENDS);
    s.updateDraft(sessionId, Q3, { text: 'Three' });
    const none = s.submitAnswer(sessionId, Q3, TIMING, {
      ratings: { context: 'na', approach: 'na', example: 'na', outcome: 'na' },
    });
    expect(store.getState().attempts[none]!.ratings).toEqual(UNRATED);
  });

  it('rating an unknown attempt is a no-op', () => {
    const { store } = makeStore();
    const before = store.getState();
    store.getState().rateAttempt('nope', { grade: 'good' });
    expect(store.getState().attempts).toBe(before.attempts);
    expect(store.getState().undo).toBeNull();
  });

  it('skip records an empty skipped attempt and drops the draft', () => {
    const { store } = makeStore();
    const s = store.getState();
    const sessionId = s.createSession(SETUP, [Q1, Q2]);
    s.updateDraft(sessionId, Q2, { text: 'half an answer' });

    const id = s.skipQuestion(sessionId, Q2);
    expect(store.getState().attempts[id]).toMatchObject({
      questionId: Q2,
      answer: '',
      skipped: true,
      durationMs: 0,
      timeLimitSec: 120,
      ratedAt: null,
    });
    expect(store.getState().drafts[draftKey(sessionId, Q2)]).toBeUndefined();

    const timed = s.skipQuestion(sessionId, Q1, { durationMs: 4000 });
    expect(store.getState().attempts[timed]).toMatchObject({ skipped: true, durationMs: 4000 });
  });

  it('goTo moves within the questions; complete, pause, resume and abandon set status', () => {
    const { store, clock } = makeStore();
    const s = store.getState();
    const id = s.createSession(SETUP, [Q1, Q2, Q3]);
    const session = () => store.getState().sessions[id]!;

    clock.tick();
    s.goTo(id, 2);
    expect(session()).toMatchObject({ currentIndex: 2, updatedAt: clock.t });
    s.goTo(id, 99);
    expect(session().currentIndex).toBe(2);
    s.goTo(id, -1);
    expect(session().currentIndex).toBe(0);
    s.goTo(id, 1.5);
    expect(session().currentIndex).toBe(0);

    clock.tick();
    s.pauseSession(id);
    expect(session().pausedAt).toBe(clock.t);
    const pausedAt = clock.t;
    clock.tick();
    s.pauseSession(id);
    expect(session().pausedAt).toBe(pausedAt);
    s.resumeSession(id);
    expect(session().pausedAt).toBeNull();

    s.updateDraft(id, Q3, { text: 'unsent' });
    clock.tick();
    s.completeSession(id);
    expect(session()).toMatchObject({ status: 'completed', completedAt: clock.t, pausedAt: null });
    expect(store.getState().drafts).toEqual({});

    s.abandonSession(id);
    expect(session().status).toBe('completed');

    const other = s.createSession(SETUP, [Q1]);
    s.pauseSession(other);
    s.abandonSession(other);
    expect(store.getState().sessions[other]).toMatchObject({ status: 'abandoned', pausedAt: null, completedAt: null });
    s.completeSession(other);
    expect(store.getState().sessions[other]!.status).toBe('abandoned');
  });

  it('actions on unknown sessions change nothing', () => {
    const { store } = makeStore();
    const before = store.getState().sessions;
    const s = store.getState();
    s.goTo('missing', 1);
    s.completeSession('missing');
    s.pauseSession('missing');
    s.abandonSession('missing');
    expect(store.getState().sessions).toBe(before);
  });

  it('settings: theme and a copy of the last setup', () => {
    const { store } = makeStore();
    store.getState().setTheme('dark');
    const setup = { ...SETUP, guideSlugs: ['guide-a'] };
    store.getState().setLastSetup(setup);
    setup.guideSlugs.push('mutated');
    expect(store.getState().settings).toEqual({ theme: 'dark', lastSetup: { ...SETUP, guideSlugs: ['guide-a'] } });
  });

  it('uses crypto.randomUUID ids by default', () => {
    const { store } = makeStore({ newId: undefined });
    const id = store.getState().createSession(SETUP, [Q1]);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
