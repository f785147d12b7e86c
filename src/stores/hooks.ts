import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import type { Attempt, PracticeSession } from '@/domain/model';
import { endOfDay } from '@/domain/schedule-dates';

import {
  selectDueCount,
  selectDueQuestionIds,
  selectLatestRatedByQuestion,
  selectQuestionAttempts,
  selectSessionAttempts,
  selectUnfinishedSession,
} from './selectors';
import { usePracticeStore } from './store';

export function useSessionAttempts(sessionId: string): Attempt[] {
  return usePracticeStore(useShallow((state) => selectSessionAttempts(state, sessionId)));
}

export function useQuestionAttempts(questionId: string): Attempt[] {
  return usePracticeStore(useShallow((state) => selectQuestionAttempts(state, questionId)));
}

export function useLatestRatedByQuestion(): Record<string, Attempt> {
  return usePracticeStore(useShallow(selectLatestRatedByQuestion));
}

export function useUnfinishedSession(): PracticeSession | undefined {
  return usePracticeStore(selectUnfinishedSession);
}

/**
 * The time when the component first rendered, moved on at each local midnight:
 * for "today" in due counts and plans without reading the clock during render.
 */
export function useToday(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), Math.max(1000, endOfDay(now) - Date.now() + 1000));
    return () => clearTimeout(timer);
  }, [now]);
  return now;
}

/** Questions due today, most overdue first. */
export function useDueQuestionIds(): string[] {
  const now = useToday();
  return usePracticeStore((state) => selectDueQuestionIds(state, now));
}

/** Questions due today whose guide is one of `guides` (e.g. still in the library), most overdue first. */
export function useDueInGuides(guides: readonly { slug: string }[]): string[] {
  const due = useDueQuestionIds();
  const schedules = usePracticeStore((s) => s.schedules);
  return useMemo(() => {
    const known = new Set(guides.map((g) => g.slug));
    return due.filter((id) => known.has(schedules[id]?.guideSlug ?? ''));
  }, [due, schedules, guides]);
}

export function useDueCount(): number {
  const now = useToday();
  return usePracticeStore((state) => selectDueCount(state, now));
}
