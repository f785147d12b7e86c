/** The practice store: see README.md for the contract. */
export * from '@/domain/model';

export { useLatestRatedByQuestion, useQuestionAttempts, useSessionAttempts, useUnfinishedSession } from './hooks';
export {
  selectAttemptFor,
  selectLatestRatedByQuestion,
  selectQuestionAttempts,
  selectSessionAttempts,
  selectUnfinishedSession,
} from './selectors';
export { draftKey } from './slices/drafts';
export { createPracticeStore, type PracticeStore, type PracticeStoreOptions, usePracticeStore } from './store';
export { applyTheme, syncTheme } from './theme';
export type { DraftPatch, PracticeState, RatingPatch, StoreStatus, SubmitTiming, UndoEntry } from './types';
