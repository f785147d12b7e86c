import type { Guide, SearchEntry } from '@/content/types';
import type { DeliveryFigures, DeliverySelfRating } from '@/domain/delivery/types';
import type {
  Attempt,
  Draft,
  ExportFile,
  GuidePlan,
  PracticeSession,
  Ratings,
  Recording,
  RecordingSettings,
  ReviewSchedule,
  SessionSettings,
  SetAsideEntry,
  Settings,
  Story,
  Theme,
  TimeLimit,
  UserGuide,
} from '@/domain/model';
import type { Versions } from '@/domain/versions';

import type { StorageFailure } from './persistence/failure';

export type StoreStatus = 'loading' | 'ready' | 'memory-only';

/** The last rating change, so it can be taken back. */
export interface UndoEntry {
  attemptId: string;
  before: Attempt;
}

export type DraftPatch = Partial<Pick<Draft, 'text' | 'source' | 'startedAt' | 'elapsedMs'>>;

export interface SubmitTiming {
  durationMs: number;
  timeLimitSec: TimeLimit;
  overtimeSec: number;
}

/** What a new attempt starts with besides the draft: the parts that start as "doesn't apply". */
export interface SubmitOptions {
  /** The starting ratings (`initialRatings(question)`); nothing rated when omitted. */
  ratings?: Ratings;
}

export type RatingPatch = Partial<
  Pick<
    Attempt,
    'ratings' | 'practicesCovered' | 'pitfallsHit' | 'hints' | 'grade' | 'gradeOverridden' | 'note' | 'ratedAt'
  >
>;

export interface SessionsSlice {
  sessions: Record<string, PracticeSession>;
  createSession: (settings: SessionSettings, questionIds: string[]) => string;
  goTo: (sessionId: string, index: number) => void;
  completeSession: (sessionId: string) => void;
  pauseSession: (sessionId: string) => void;
  resumeSession: (sessionId: string) => void;
  abandonSession: (sessionId: string) => void;
}

export interface AttemptsSlice {
  attempts: Record<string, Attempt>;
  undo: UndoEntry | null;
  /** `options` is an addition to the contract: the ratings the attempt starts with (stored from the start, no undo entry). */
  submitAnswer: (sessionId: string, questionId: string, timing: SubmitTiming, options?: SubmitOptions) => string;
  /** `timing` is optional (an addition to the contract); without it the skip records no time. */
  skipQuestion: (sessionId: string, questionId: string, timing?: Partial<SubmitTiming>) => string;
  rateAttempt: (attemptId: string, patch: RatingPatch) => void;
  undoRating: () => void;
}

export interface DraftsSlice {
  drafts: Record<string, Draft>;
  updateDraft: (sessionId: string, questionId: string, patch: DraftPatch) => void;
}

export interface SettingsSlice {
  settings: Settings;
  setTheme: (theme: Theme) => void;
  setLastSetup: (settings: SessionSettings) => void;
}

export interface StorageSlice {
  status: StoreStatus;
  /** A human-readable reason the last save (or the database itself) failed; null when all is well. */
  storageError: string | null;
  /** Stored records that failed validation on load: kept on disk, left out of the store. */
  setAside: number;
  /** Those records, each with where it is, its key, why and the raw value (for "Your data" and Export JSON). */
  setAsideRecords: readonly SetAsideEntry[];
  /**
   * Deletes the set-aside records from IndexedDB, and only them: one whose key
   * now holds a readable record in the store is left alone. Reports a failure
   * in `storageError` and keeps listing what could not be deleted.
   */
  deleteSetAside: () => Promise<void>;
  /** Loads sessions and attempts from IndexedDB. Safe to call more than once (it loads once). */
  init: () => Promise<void>;
  /**
   * Starts loading like init(), and resolves as soon as sessions, schedules and plans are in (before
   * the attempts), or when loading ends without them: what the home page shows.
   */
  coreReady: () => Promise<void>;
  /**
   * Resolves once every write issued so far has settled (saved or reported in storageError), including
   * schedule changes that were waiting for the FSRS scheduler.
   */
  flush: () => Promise<void>;
  /**
   * Loads the FSRS scheduler (a lazy chunk) and applies any schedule change waiting for it. Route loaders
   * of screens that delete, restore or import await it, so those actions update schedules at once; the
   * answering screen asks for it once it has painted (a rating given before it arrives waits in the queue).
   * Rejects if the chunk cannot load (the waiting changes stay queued and are retried).
   */
  loadScheduler: () => Promise<void>;
  /** Dismisses `storageError` (e.g. after the user has read it); memory-only stays memory-only. */
  clearStorageError: () => void;
}

/** What `deleteSession` removed, so `restoreSession` can put it back. */
export interface DeletedSession {
  session: PracticeSession;
  attempts: Attempt[];
  /** The schedules those attempts had reviewed, as they were just before the delete. */
  schedules: ReviewSchedule[];
  drafts: Draft[];
}

export interface ImportResult {
  /** Records that were not here before. */
  added: number;
  /** Records replaced by a newer incoming version. */
  updated: number;
}

export interface SchedulingSlice {
  /** Per question id: its review schedule (only questions reviewed at least once). */
  schedules: Record<string, ReviewSchedule>;
  /** Per guide slug: its plan (interview date). */
  plans: Record<string, GuidePlan>;
  /** `YYYY-MM-DD`, or null to remove the date. An invalid date is ignored. */
  setInterviewDate: (guideSlug: string, date: string | null) => void;
}

export interface DataSlice {
  /** Removes the session, its attempts and drafts, and the schedule reviews those attempts made. */
  deleteSession: (sessionId: string) => DeletedSession | null;
  /** Undoes `deleteSession`. */
  restoreSession: (deleted: DeletedSession) => void;
  exportSnapshot: () => ExportFile;
  /**
   * Merges a validated export file; rejects (changing nothing) if a record is malformed. A recording is
   * imported only with its audio (`audio`, by attempt id: the archive export's files).
   */
  importRecords: (file: ExportFile, audio?: ReadonlyMap<string, Blob>) => Promise<ImportResult>;
  /** Deletes all sessions, attempts, schedules, plans, the user's guides and stories, and drafts (settings stay). */
  clearAll: () => Promise<void>;
}

/** A guide to keep as one of the user's own: the parser's guide and where it came from. */
export interface UserGuideInput {
  guide: Guide;
  origin: UserGuide['origin'];
  fileName: string | null;
  source: string | null;
}

/** What the story editor saves; `questionIds` keeps the story's links when omitted. */
export type StoryFields = Pick<Story, 'title' | 'situation' | 'task' | 'action' | 'result' | 'tags' | 'numbers'> & {
  questionIds?: string[];
};

export interface LibrarySlice {
  /** The user's own guides (imported or written in the app; never the bundled ones), by slug. */
  guides: Record<string, UserGuide>;
  /** The STAR story bank, by id. */
  stories: Record<string, Story>;
  /**
   * Adds each guide, or replaces the one of the same slug (its questions keep
   * their ids, and so their history, when their text is unchanged). All or
   * nothing: throws a showable Error, keeping nothing, if one would not load again.
   */
  saveUserGuides: (guides: UserGuideInput[]) => UserGuide[];
  /** Removes a guide of the user's own (its attempts stay in history); returns it for `restoreUserGuide`. */
  deleteUserGuide: (slug: string) => UserGuide | null;
  restoreUserGuide: (guide: UserGuide) => void;
  /** Creates a story (no `id`) or updates one; returns its id. Throws a showable Error when a field is out of bounds. */
  saveStory: (fields: StoryFields, id?: string) => string;
  deleteStory: (storyId: string) => Story | null;
  restoreStory: (story: Story) => void;
  /** Links a story to a question, or unlinks it. */
  linkStory: (storyId: string, questionId: string, linked: boolean) => void;
  /** Records which story an answer told (null: none). */
  setAttemptStory: (attemptId: string, storyId: string | null) => void;
  /** A guide of the user's own (or the story bank's practice guide) by slug. */
  guideOf: (slug: string) => Guide | undefined;
  /** Every question of the user's own guides and stories, for search. */
  ownSearchEntries: () => SearchEntry[];
}

/** What the answering screen hands over once an answer's recording has stopped. */
export interface RecordingInput {
  attemptId: string;
  blob: Blob;
  mimeType: string;
  durationMs: number;
  /** The level strip (0–1); may be empty and filled in later by the analysis. */
  peaks: number[];
}

export interface RecordingsSlice {
  /** Recorded answers' descriptions, by attempt id (the audio stays in IndexedDB: `loadRecording`). */
  recordings: Record<string, Recording>;
  /**
   * Stores a recording and its audio at once, then applies the cap (keep the last N). Resolves to null when
   * saved, or to a message to show (the attempt and its text are never touched).
   */
  saveRecording: (input: RecordingInput) => Promise<string | null>;
  /** The audio of an attempt's recording; null when there is none. Rejects with a showable StorageFailure. */
  loadRecording: (attemptId: string) => Promise<Blob | null>;
  /** Deletes recordings (their attempts and transcripts stay); resolves to how many, once stored. */
  deleteRecordings: (
    scope: { sessionId: string } | { all: true } | { attemptIds: readonly string[] },
  ) => Promise<number>;
  setDelivery: (attemptId: string, delivery: DeliveryFigures) => void;
  /** The level strip the analysis worked out, kept with the recording so players draw it at once. */
  setRecordingPeaks: (attemptId: string, peaks: readonly number[]) => void;
  setDeliverySelfRating: (attemptId: string, rating: DeliverySelfRating | null) => void;
  setRecordingSettings: (patch: Partial<RecordingSettings>) => void;
}

export type PracticeState = SessionsSlice &
  LibrarySlice &
  RecordingsSlice &
  AttemptsSlice &
  DraftsSlice &
  SettingsSlice &
  StorageSlice &
  SchedulingSlice &
  DataSlice;

/** What zustand `persist` keeps in localStorage. */
export interface PersistedState {
  drafts: Record<string, Draft>;
  settings: Settings;
}

/** Behind-the-scenes saving that slices call after each change (never awaited by them). */
export interface RecordWriter {
  saveSession: (session: PracticeSession) => void;
  saveAttempt: (attempt: Attempt) => void;
  saveSchedule: (schedule: ReviewSchedule) => void;
  savePlan: (plan: GuidePlan) => void;
  saveGuide: (guide: UserGuide) => void;
  saveStory: (story: Story) => void;
  /** Resolves once stored, to null, or to the failure (the writer also reports it and retries it like any write). */
  saveRecording: (recording: Recording, audio: Blob) => Promise<StorageFailure | null>;
  /** A stored recording's description, changed (its audio stays as stored). */
  updateRecording: (recording: Recording) => void;
  deleteRecording: (attemptId: string) => void;
  deleteGuide: (slug: string) => void;
  deleteStory: (storyId: string) => void;
  deleteSession: (sessionId: string) => void;
  deleteAttempt: (attemptId: string) => void;
  deleteSchedule: (questionId: string) => void;
  /** Empties every record store; writes still pending from before are dropped. Resolves when done. */
  clearAll: () => Promise<void>;
  /** Resolves once every write issued so far has settled. */
  flush: () => Promise<void>;
}

/** Clock and id source, injectable so tests are deterministic. */
export interface StoreEnv {
  now: () => number;
  newId: () => string;
  /** The record versions new records are written at, and the chain that reads older ones. */
  versions: Versions;
}
