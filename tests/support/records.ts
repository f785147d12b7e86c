/**
 * Builders for the records the store keeps, with sane defaults: one answered,
 * rated attempt of the sample guide's first question (12 of 16, Good), in an
 * active eight-question session, on 1 March 2025. Pass only what a test is about.
 */
import {
  type Attempt,
  type Draft,
  type PracticeSession,
  type Ratings,
  RECORD_VERSIONS,
  type SessionSettings,
} from '@/domain/model';

/** A session's settings: eight typed questions of the sample guide in guide order, two minutes each. */
export function aSetup(overrides: Partial<SessionSettings> = {}): SessionSettings {
  return {
    guideSlugs: ['sample-engineer'],
    categories: [],
    count: 8,
    order: 'guide',
    timeLimitSec: 120,
    thinkTimeSec: 0,
    input: 'type',
    ...overrides,
  };
}

export function aSession(overrides: Partial<PracticeSession> = {}): PracticeSession {
  return {
    schemaVersion: 1,
    id: 'session-1',
    createdAt: Date.UTC(2025, 2, 1, 9),
    updatedAt: Date.UTC(2025, 2, 1, 9, 30),
    settings: aSetup(),
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

/** No part rated yet. */
export const UNRATED: Ratings = { context: null, approach: null, example: null, outcome: null };

export function anAttempt(overrides: Partial<Attempt> = {}): Attempt {
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

/** An answer being typed: the draft of `session-1`'s first question, clock not started. */
export function aDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    sessionId: 'session-1',
    questionId: 'sample-engineer--q1',
    text: 'My answer so far.',
    source: 'typed',
    startedAt: null,
    elapsedMs: 0,
    updatedAt: Date.UTC(2025, 2, 1, 9, 1),
    ...overrides,
  };
}
