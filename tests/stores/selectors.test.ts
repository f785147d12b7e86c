import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import {
  selectAttemptFor,
  selectLatestRatedByQuestion,
  selectQuestionAttempts,
  selectSessionAttempts,
  selectUnfinishedSession,
  useSessionAttempts,
  usePracticeStore,
} from '@/stores';

import { makeStore, Q1, Q2, Q3, SETUP } from './helpers';

const TIMING = { durationMs: 1000, timeLimitSec: 0, overtimeSec: 0 } as const;

describe('selectUnfinishedSession', () => {
  it('is the most recently touched active session', () => {
    const { store, clock } = makeStore();
    const s = store.getState();
    expect(selectUnfinishedSession(store.getState())).toBeUndefined();

    const first = s.createSession(SETUP, [Q1, Q2]);
    clock.tick();
    const second = s.createSession(SETUP, [Q1, Q2]);
    clock.tick();
    const done = s.createSession(SETUP, [Q1]);
    s.completeSession(done);
    expect(selectUnfinishedSession(store.getState())?.id).toBe(second);

    clock.tick();
    s.goTo(first, 1);
    expect(selectUnfinishedSession(store.getState())?.id).toBe(first);

    s.abandonSession(first);
    expect(selectUnfinishedSession(store.getState())?.id).toBe(second);
    s.completeSession(second);
    expect(selectUnfinishedSession(store.getState())).toBeUndefined();
  });
});

describe('attempt selectors', () => {
  function scenario() {
    const { store, clock } = makeStore();
    const s = store.getState();
    const one = s.createSession(SETUP, [Q1, Q2, Q3]);
    // Answered out of order, Q2 skipped then answered.
    clock.tick();
    s.updateDraft(one, Q3, { text: 'three' });
    const a3 = s.submitAnswer(one, Q3, TIMING);
    clock.tick();
    const skipped = s.skipQuestion(one, Q2);
    clock.tick();
    s.updateDraft(one, Q1, { text: 'one' });
    const a1 = s.submitAnswer(one, Q1, TIMING);
    clock.tick();
    s.updateDraft(one, Q2, { text: 'two' });
    const a2 = s.submitAnswer(one, Q2, TIMING);

    clock.tick();
    const two = s.createSession(SETUP, [Q1]);
    s.updateDraft(two, Q1, { text: 'one again' });
    const b1 = s.submitAnswer(two, Q1, TIMING);
    return { store, clock, one, two, a1, a2, a3, b1, skipped };
  }

  it('selectSessionAttempts gives the latest attempt per question, in question order', () => {
    const { store, one, two, a1, a2, a3, b1 } = scenario();
    const ids = (list: { id: string }[]) => list.map((a) => a.id);
    expect(ids(selectSessionAttempts(store.getState(), one))).toEqual([a1, a2, a3]);
    expect(ids(selectSessionAttempts(store.getState(), two))).toEqual([b1]);
    expect(selectSessionAttempts(store.getState(), 'unknown')).toEqual([]);
  });

  it('selectAttemptFor is the latest attempt at that question in that session', () => {
    const { store, one, two, a2, b1 } = scenario();
    expect(selectAttemptFor(store.getState(), one, Q2)?.id).toBe(a2);
    expect(selectAttemptFor(store.getState(), two, Q1)?.id).toBe(b1);
    expect(selectAttemptFor(store.getState(), two, Q2)).toBeUndefined();
  });

  it('selectQuestionAttempts spans sessions, oldest first', () => {
    const { store, a1, a2, b1, skipped } = scenario();
    expect(selectQuestionAttempts(store.getState(), Q1).map((a) => a.id)).toEqual([a1, b1]);
    expect(selectQuestionAttempts(store.getState(), Q2).map((a) => a.id)).toEqual([skipped, a2]);
    expect(selectQuestionAttempts(store.getState(), 'nothing')).toEqual([]);
  });

  it('selectLatestRatedByQuestion ignores unrated and skipped attempts', () => {
    const { store, clock, a1, b1, skipped } = scenario();
    const s = store.getState();
    expect(selectLatestRatedByQuestion(store.getState())).toEqual({});

    s.rateAttempt(a1, { grade: 'good', ratedAt: clock.tick() });
    s.rateAttempt(skipped, { grade: 'again', ratedAt: clock.tick() });
    expect(Object.keys(selectLatestRatedByQuestion(store.getState()))).toEqual([Q1]);
    expect(selectLatestRatedByQuestion(store.getState())[Q1]!.id).toBe(a1);

    s.rateAttempt(b1, { grade: 'easy', ratedAt: clock.tick() });
    expect(selectLatestRatedByQuestion(store.getState())[Q1]!.id).toBe(b1);
  });

  it('returns the same result for the same records, and a new one when they change', () => {
    const { store, one, a1 } = scenario();
    const first = selectSessionAttempts(store.getState(), one);
    const byQuestion = selectQuestionAttempts(store.getState(), Q1);
    const latest = selectLatestRatedByQuestion(store.getState());

    store.getState().updateDraft(one, Q1, { text: 'unrelated change' });
    expect(selectSessionAttempts(store.getState(), one)).toBe(first);
    expect(selectQuestionAttempts(store.getState(), Q1)).toBe(byQuestion);
    expect(selectLatestRatedByQuestion(store.getState())).toBe(latest);
    expect(Object.isFrozen(first)).toBe(true);

    store.getState().rateAttempt(a1, { grade: 'hard', ratedAt: 1 });
    const after = selectSessionAttempts(store.getState(), one);
    expect(after).not.toBe(first);
    expect(after[0]!.grade).toBe('hard');
  });
});

describe('useSessionAttempts', () => {
  const initial = usePracticeStore.getState();
  afterEach(() => usePracticeStore.setState(initial, true));

  it('re-renders with new attempts and keeps the array for unrelated changes', () => {
    const s = usePracticeStore.getState();
    const id = s.createSession(SETUP, [Q1, Q2]);
    const { result } = renderHook(() => useSessionAttempts(id));
    expect(result.current).toEqual([]);

    act(() => {
      s.updateDraft(id, Q1, { text: 'hello' });
      s.submitAnswer(id, Q1, TIMING);
    });
    expect(result.current.map((a) => a.answer)).toEqual(['hello']);
    const held = result.current;

    act(() => s.setTheme('dark'));
    expect(result.current).toBe(held);
  });
});
