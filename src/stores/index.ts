/** The practice store: see README.md for the contract. */
export * from '@/domain/model';

export * from './guides';
export * from './hooks';
export * from './own-guides';
export * from './recordings';
export * from './selectors';
export { draftKey } from './slices/drafts';
export { createPracticeStore, type PracticeStore, type PracticeStoreOptions, usePracticeStore } from './store';
export { applyTheme, syncTheme } from './theme';
export type {
  DeletedSession,
  DraftPatch,
  ImportResult,
  LibrarySlice,
  StoryFields,
  UserGuideInput,
  PracticeState,
  RatingPatch,
  RecordingInput,
  RecordingsSlice,
  StoreStatus,
  SubmitOptions,
  SubmitTiming,
  UndoEntry,
} from './types';
