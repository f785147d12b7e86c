import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Attempt } from '@/domain/model';
import { selectAttemptFor, selectLatestRatedByQuestion, selectQuestionAttempts } from '@/stores';
import { putAttempt } from '@/stores/attempt-steps';

import { makeAttempt } from '../support/practice-store';

/**
 * The selectors' index is derived from the previous version's when a change
 * only adds or replaces a few attempts (selectors.ts, `updatedIndex`). Whatever
 * the sequence of changes, every answer must be what a plain scan gives.
 */
const SESSIONS = ['s1', 's2', 's3'];
const QUESTIONS = ['g--q1', 'g--q2', 'g--q3', 'g--q4'];

const byTime = (a: Attempt, b: Attempt) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function expectMatchesScan(attempts: Record<string, Attempt>) {
  const all = Object.values(attempts);
  const state = { attempts };
  for (const questionId of QUESTIONS) {
    const scan = all.filter((a) => a.questionId === questionId).sort(byTime);
    expect(selectQuestionAttempts(state, questionId)).toEqual(scan);
    const rated = scan.filter((a) => !a.skipped && a.ratedAt !== null);
    expect(selectLatestRatedByQuestion(state)[questionId]).toEqual(rated[rated.length - 1]);
    for (const sessionId of SESSIONS) {
      const own = scan.filter((a) => a.sessionId === sessionId);
      expect(selectAttemptFor(state, sessionId, questionId)).toEqual(own[own.length - 1]);
    }
  }
}

const step = fc.oneof(
  // Add or replace an attempt (a submit, a rating, an edit).
  fc.record({
    kind: fc.constant('put' as const),
    id: fc.integer({ min: 1, max: 30 }),
    session: fc.constantFrom(...SESSIONS),
    question: fc.constantFrom(...QUESTIONS),
    at: fc.integer({ min: 0, max: 20 }),
    rated: fc.boolean(),
    skipped: fc.boolean(),
    // As the store makes it (a remembered step) or as any other code might (a plain copy).
    viaStore: fc.boolean(),
  }),
  // Remove one (deleting a session), or several at once (an import).
  fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('bulk' as const), count: fc.integer({ min: 60, max: 90 }) }),
);

describe('the attempt index, kept up to date step by step', () => {
  it('always answers as a plain scan would', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        let attempts: Record<string, Attempt> = {};
        for (const change of steps) {
          if (change.kind === 'delete') {
            const { [`a${change.id}`]: _gone, ...rest } = attempts;
            attempts = rest;
          } else if (change.kind === 'bulk') {
            const more = { ...attempts };
            for (let i = 0; i < change.count; i++)
              more[`bulk${i}`] = makeAttempt({ id: `bulk${i}`, sessionId: 's3', questionId: 'g--q4', submittedAt: i });
            attempts = more;
          } else {
            const id = `a${change.id}`;
            const old = attempts[id];
            // An attempt keeps its session and question; a "put" on an existing id is a rating or an edit.
            const attempt = makeAttempt({
              id,
              sessionId: old?.sessionId ?? change.session,
              questionId: old?.questionId ?? change.question,
              submittedAt: old?.submittedAt ?? change.at,
              skipped: change.skipped,
              ratedAt: change.rated ? change.at : null,
            });
            attempts = change.viaStore ? putAttempt(attempts, attempt) : { ...attempts, [id]: attempt };
          }
          expectMatchesScan(attempts);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same arrays back for the same version, and new ones only where something changed', () => {
    const first = {
      a1: makeAttempt({ id: 'a1', questionId: 'g--q1' }),
      a2: makeAttempt({ id: 'a2', questionId: 'g--q2' }),
    };
    const q1 = selectQuestionAttempts({ attempts: first }, 'g--q1');
    const q2 = selectQuestionAttempts({ attempts: first }, 'g--q2');
    expect(selectQuestionAttempts({ attempts: first }, 'g--q1')).toBe(q1);

    const second = { ...first, a3: makeAttempt({ id: 'a3', questionId: 'g--q1', submittedAt: Date.UTC(2025, 3, 1) }) };
    expect(selectQuestionAttempts({ attempts: second }, 'g--q1').map((a) => a.id)).toEqual(['a1', 'a3']);
    // The untouched question's list is shared with the version before; the old version is unchanged.
    expect(selectQuestionAttempts({ attempts: second }, 'g--q2')).toBe(q2);
    expect(selectQuestionAttempts({ attempts: first }, 'g--q1')).toBe(q1);
    expect(q1.map((a) => a.id)).toEqual(['a1']);
  });
});
