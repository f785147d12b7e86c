/** The practice store: see README.md for the contract. */
export * from '@/domain/model';

export {
  useDueCount,
  useDueInGuides,
  useDueQuestionIds,
  useLatestRatedByQuestion,
  useQuestionAttempts,
  useSessionAttempts,
  useToday,
  useUnfinishedSession,
} from './hooks';
export {
  selectAttemptFor,
  selectDueCount,
  selectDueQuestionIds,
  selectLatestRatedByQuestion,
  selectQuestionAttempts,
  selectSessionAttempts,
  selectUnfinishedSession,
} from './selectors';
export { draftKey } from './slices/drafts';
export { createPracticeStore, type PracticeStore, type PracticeStoreOptions, usePracticeStore } from './store';
export { applyTheme, syncTheme } from './theme';
export type {
  DeletedSession,
  DraftPatch,
  ImportResult,
  PracticeState,
  RatingPatch,
  StoreStatus,
  SubmitOptions,
  SubmitTiming,
  UndoEntry,
} from './types';
