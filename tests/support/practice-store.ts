import { type Attempt, type PracticeSession, type Ratings, RECORD_VERSIONS } from '@/domain/model';
import { usePracticeStore } from '@/stores';

const initial = usePracticeStore.getState();

/**
 * The app's store is a module singleton; every test starts from its initial
 * state (no sessions, no attempts, System theme) so none sees another's data.
 * Storage counts as working (`ready`, no error): the shell shows a banner when
 * it is not, which tests of storage failures set up themselves.
 */
export function resetPracticeStore() {
  localStorage.clear();
  usePracticeStore.setState(
    {
      sessions: {},
      attempts: {},
      drafts: {},
      undo: null,
      settings: initial.settings,
      status: 'ready',
      storageError: null,
      setAside: 0,
      setAsideRecords: [],
    },
    false,
  );
}

export function seedPracticeStore({
  sessions = [],
  attempts = [],
}: {
  sessions?: PracticeSession[];
  attempts?: Attempt[];
}) {
  usePracticeStore.setState({
    sessions: Object.fromEntries(sessions.map((session) => [session.id, session])),
    attempts: Object.fromEntries(attempts.map((attempt) => [attempt.id, attempt])),
  });
}

export function makeSession(overrides: Partial<PracticeSession> = {}): PracticeSession {
  return {
    schemaVersion: 1,
    id: 'session-1',
    createdAt: Date.UTC(2025, 2, 1, 9),
    updatedAt: Date.UTC(2025, 2, 1, 9, 30),
    settings: {
      guideSlugs: ['sample-engineer'],
      categories: [],
      count: 8,
      order: 'guide',
      timeLimitSec: 120,
      thinkTimeSec: 0,
      input: 'type',
    },
    questionIds: Array.from({ length: 8 }, (_, i) => `sample-engineer--q${i + 1}`),
    currentIndex: 2,
    status: 'active',
    pausedAt: null,
    completedAt: null,
    ...overrides,
  };
}

/** Ratings adding up to `total` out of 16: 12 scores 75%. */
export function ratingsScoring(total: number): Ratings {
  const parts = ['context', 'approach', 'example', 'outcome'] as const;
  const ratings = {} as Record<(typeof parts)[number], 0 | 1 | 2 | 3 | 4>;
  let left = total;
  for (const part of parts) {
    const value = Math.min(4, left) as 0 | 1 | 2 | 3 | 4;
    ratings[part] = value;
    left -= value;
  }
  return ratings;
}

export function makeAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    schemaVersion: RECORD_VERSIONS.attempts,
    id: 'attempt-1',
    sessionId: 'session-1',
    questionId: 'sample-engineer--q1',
    guideSlug: 'sample-engineer',
    answer: 'My answer.',
    source: 'typed',
    startedAt: Date.UTC(2025, 2, 1, 9),
    submittedAt: Date.UTC(2025, 2, 1, 9, 2),
    durationMs: 95_000,
    timeLimitSec: 120,
    overtimeSec: 0,
    skipped: false,
    ratings: ratingsScoring(12),
    practicesCovered: [],
    pitfallsHit: [],
    hints: null,
    grade: 'good',
    gradeOverridden: false,
    note: '',
    ratedAt: Date.UTC(2025, 2, 1, 9, 3),
    ...overrides,
  };
}
