import { useEffect, useEffectEvent, useMemo } from 'react';

import type { Question } from '@/content/types';
import { detectParts, termCoverage } from '@/domain/hints';
import type { Attempt, Grade, Rating, RubricPart } from '@/domain/model';
import {
  chooseGrade,
  finishReview,
  hintsShown,
  markApplicable,
  markNotApplicable,
  rate,
  recordHints,
  resetGrade,
  saveNote,
  toggleCovered,
  type ChecklistField,
  type ReviewContext,
  type ReviewWrites,
} from '@/domain/review';
import { usePracticeStore } from '@/stores';

import { afterPaint } from './after-paint';

/**
 * The review of one attempt: the hints about its answer (null for a skipped
 * one) and what each control does, as the rules in `@/domain/review` say,
 * saved through the store's `rateAttempt`.
 */
export function useReview(attemptId: string, attempt: Attempt, question: Question) {
  const rateAttempt = usePracticeStore((state) => state.rateAttempt);
  const skipped = attempt.skipped;

  const hints = useMemo(
    () =>
      skipped ? null : { parts: detectParts(attempt.answer), terms: termCoverage(attempt.answer, question.keyTerms) },
    [skipped, attempt.answer, question.keyTerms],
  );
  const ctx: ReviewContext = useMemo(() => ({ hints: hints && hintsShown(hints.parts, hints.terms) }), [hints]);

  /**
   * Applies a rule to the attempt as stored now (handlers may run after
   * changes this render has not seen, and under StrictMode the hints effect
   * runs twice and must not save twice), then saves its writes in order.
   */
  const apply = (rule: (current: Attempt) => ReviewWrites) => {
    const current = usePracticeStore.getState().attempts[attemptId] ?? attempt;
    for (const patch of rule(current)) rateAttempt(attemptId, patch);
  };

  // The hints are recorded just after the reveal has painted, not while it
  // renders: a change to the attempt is a change to the whole history in the
  // store, and after a click React runs this effect before the browser paints.
  // Anything the user does first records them itself, before its own change.
  const recordHintsLater = useEffectEvent(() => apply((current) => recordHints(current, ctx)));
  useEffect(() => {
    if (!hints) return;
    return afterPaint(() => recordHintsLater());
  }, [attemptId, hints]);

  return {
    hints,
    rate: (part: RubricPart, rating: Rating) => apply((current) => rate(current, part, rating, ctx)),
    setApplies: (part: RubricPart, applies: boolean) =>
      apply((current) => (applies ? markApplicable : markNotApplicable)(current, part, ctx)),
    chooseGrade: (grade: Grade) => apply((current) => chooseGrade(current, grade, ctx)),
    resetGrade: () => apply((current) => resetGrade(current, ctx)),
    toggle: (field: ChecklistField, index: number) => apply((current) => toggleCovered(current, field, index, ctx)),
    saveNote: (text: string) => apply((current) => saveNote(current, text, ctx)),
    finish: () => apply((current) => finishReview(current, Date.now(), ctx)),
  };
}
