import { useShallow } from 'zustand/react/shallow';

import type { Attempt, PracticeSession } from '@/domain/model';

import {
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
