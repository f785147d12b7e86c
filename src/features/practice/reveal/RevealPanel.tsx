import { useEffect, useEffectEvent, useId, useMemo, useRef } from 'react';

import type { AnswerSection, Question } from '@/content/types';
import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { KeyCombo } from '@/components/ui/Kbd';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { defaultNotApplicable } from '@/domain/applicability';
import { sectionChecklist } from '@/domain/checklist';
import { detectParts, termCoverage } from '@/domain/hints';
import { NOT_APPLICABLE, RUBRIC_PARTS, type Attempt, type Grade, type Rating, type RubricPart } from '@/domain/model';
import {
  applicableParts,
  GRADE_LABELS,
  gradeFromRatings,
  gradeRuleFor,
  isFullyRated,
  isRating,
  scoreOf,
} from '@/domain/rubric';
import { cn } from '@/lib/cn';
import { matchesShortcut } from '@/lib/shortcuts';
import { usePracticeStore, type RatingPatch } from '@/stores';

import { AnswerCard } from './AnswerCard';
import { AsWritten } from './AsWritten';
import { describeChange, toggleIndex } from './changes';
import { GradePicker } from './GradePicker';
import { HintsCard } from './HintsCard';
import { ModelChecklist } from './ModelChecklist';
import { ModelMarkdown } from './ModelMarkdown';
import { NoteField, type NoteFieldHandle } from './NoteField';
import { PartReview } from './PartReview';
import { WithinHeading } from './WithinHeading';

export interface RevealPanelProps {
  sessionId: string;
  attemptId: string;
  question: Question;
  guideTitle: string;
  /** 0-based index of this question in the session, and the session's length. */
  position: { index: number; total: number };
  onNext: () => void;
}

export function RevealPanel(props: RevealPanelProps) {
  const attempt = usePracticeStore((state) => state.attempts[props.attemptId]);
  if (!attempt || attempt.sessionId !== props.sessionId) {
    return (
      <StatusMessage
        headingLevel={2}
        title="This answer could not be found"
        actions={
          <Button onClick={props.onNext}>
            {props.position.index + 1 >= props.position.total ? 'Finish' : 'Next question'}
          </Button>
        }
      >
        <p>It may not have been saved. You can still go on to the next question.</p>
      </StatusMessage>
    );
  }
  // Keyed so a new attempt starts with fresh local state (the note being typed).
  return <Review key={attempt.id} {...props} attempt={attempt} />;
}

function Review({
  attemptId,
  question,
  guideTitle,
  position,
  onNext,
  attempt,
}: RevealPanelProps & { attempt: Attempt }) {
  const id = useId();
  const titleId = `${id}-title`;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const rateAttempt = usePracticeStore((state) => state.rateAttempt);
  const undoRating = usePracticeStore((state) => state.undoRating);
  const undo = usePracticeStore((state) => state.undo);

  const skipped = attempt.skipped;
  const isLast = position.index + 1 >= position.total;

  const hints = useMemo(
    () =>
      skipped ? null : { parts: detectParts(attempt.answer), terms: termCoverage(attempt.answer, question.keyTerms) },
    [skipped, attempt.answer, question.keyTerms],
  );

  // Record what the hints said, once, so later reviews can tell what the user
  // was shown. Read from the store rather than the render's snapshot: under
  // StrictMode the effect runs twice and must not save twice.
  const recordHints = () => {
    if (!hints) return;
    const current = usePracticeStore.getState().attempts[attemptId];
    if (!current || current.hints !== null) return;
    rateAttempt(attemptId, {
      hints: {
        partsDetected: RUBRIC_PARTS.filter((part) => hints.parts[part].present),
        termsUsed: hints.terms.used,
        termsMissed: hints.terms.missed,
      },
    });
  };
  const recordHintsLater = useEffectEvent(recordHints);
  // Saved just after the reveal has painted, not while it renders: a change to
  // the attempt is a change to the whole history in the store, and after a
  // click React runs this effect before the browser paints. Anything the user
  // changes first saves the hints before it (`recordHints` in each handler),
  // so their own change stays the one Undo reverts.
  useEffect(() => {
    if (!hints) return;
    return afterPaint(() => recordHintsLater());
  }, [attemptId, hints]);

  // The panel replaces the answer box the user was just in; focus follows so
  // keyboard and screen-reader users land on the review, without yanking the
  // scroll position (the page decides what is in view). Just after the reveal
  // has painted: focusing forces the new panel's layout at once, which inside
  // the click delayed its first paint by tens of milliseconds on a slow phone.
  // Unless the user has already moved on (clicked a rating, tabbed): their focus stays theirs.
  useEffect(() => {
    const focusedThen = document.activeElement;
    return afterPaint(() => {
      const now = document.activeElement;
      if (now === focusedThen || now === null || now === document.body)
        titleRef.current?.focus({ preventScroll: true });
    });
  }, [attemptId]);

  /** The attempt as stored now: handlers may run after other changes this render has not seen. */
  const latest = () => usePracticeStore.getState().attempts[attemptId] ?? attempt;

  function rate(part: RubricPart, rating: Rating) {
    recordHints();
    const current = latest();
    const ratings = { ...current.ratings, [part]: rating };
    const suggested = gradeFromRatings(ratings);
    // One patch per change, so Undo restores ratings and grade together.
    const patch: RatingPatch = { ratings };
    if (!current.gradeOverridden) patch.grade = suggested;
    rateAttempt(attemptId, patch);
  }

  /**
   * Marks a part "doesn't apply" (or applies again, unrated). One patch with
   * the grade it leads to, as for a rating, so Undo takes back both. The last
   * part that applies cannot be switched off (the control is disabled too).
   */
  function setApplies(part: RubricPart, applies: boolean) {
    recordHints();
    const current = latest();
    if (applies === (current.ratings[part] !== NOT_APPLICABLE)) return;
    const ratings = { ...current.ratings, [part]: applies ? null : NOT_APPLICABLE };
    if (applicableParts(ratings).length === 0) return;
    const patch: RatingPatch = { ratings };
    if (!current.gradeOverridden) patch.grade = gradeFromRatings(ratings);
    rateAttempt(attemptId, patch);
  }

  function chooseGrade(grade: Grade) {
    recordHints();
    const suggested = gradeFromRatings(latest().ratings);
    rateAttempt(attemptId, { grade, gradeOverridden: grade !== suggested });
  }

  function resetGrade() {
    recordHints();
    rateAttempt(attemptId, { grade: gradeFromRatings(latest().ratings), gradeOverridden: false });
  }

  const noteRef = useRef<NoteFieldHandle>(null);

  function saveNote(text: string) {
    recordHints();
    if (latest().note !== text) rateAttempt(attemptId, { note: text });
  }

  function next() {
    recordHints();
    noteRef.current?.flush();
    const current = latest();
    // Only a fully rated answer is "rated": stamping a partial one would
    // count it toward progress with no score behind it.
    if (!current.skipped && current.ratedAt === null && isFullyRated(current.ratings)) {
      rateAttempt(attemptId, { ratedAt: Date.now() });
    }
    onNext();
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat || !matchesShortcut(event, 'next')) return;
    // A modal (the shortcuts help) owns the keyboard while it is open.
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    next();
  });
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const sectionsOf = (kind: AnswerSection['kind']) => question.sections.filter((section) => section.kind === kind);
  const practices = sectionsOf('bestPractices');
  const pitfalls = sectionsOf('pitfalls');
  // Parsed once per question, not on every rating click.
  const [practiceItems, pitfallItems] = useMemo(
    () => [sectionChecklist(question.sections, 'bestPractices'), sectionChecklist(question.sections, 'pitfalls')],
    [question.sections],
  );
  const defaults = useMemo(() => defaultNotApplicable(question), [question]);
  // A model answer that labels no approach still explains one in its general text ("Concept:", an
  // unlabelled paragraph): that text is what an answer's approach is compared with, so it goes in
  // the Approach card (saying so) rather than after the checklists.
  const general = sectionsOf('answer');
  const approachFromGeneral = sectionsOf('approach').length === 0 && general.length > 0;
  const rest = question.sections.filter(
    (section) => (section.kind === 'answer' && !approachFromGeneral) || section.kind === 'followUps',
  );
  const hasModelAnswer = question.sections.length > 0;
  const hasStarParts = question.sections.some((section) => (RUBRIC_PARTS as readonly string[]).includes(section.kind));
  const asWritten = question.asWritten?.trim() ? question.asWritten : null;

  const applicable = applicableParts(attempt.ratings);
  const ratedCount = applicable.filter((part) => isRating(attempt.ratings[part])).length;
  const fullyRated = isFullyRated(attempt.ratings);
  const suggested = gradeFromRatings(attempt.ratings);
  const undoLabel = undo?.attemptId === attemptId ? describeChange(undo.before, attempt) : null;

  return (
    // Sized by the room it is given rather than the viewport: the page
    // decides how wide the review is, and two columns need about 48rem.
    <section aria-labelledby={titleId} className="@container space-y-6">
      <header className="space-y-1.5">
        <h2
          ref={titleRef}
          id={titleId}
          tabIndex={-1}
          className="text-2xl font-semibold tracking-tight outline-none sm:text-3xl"
        >
          {skipped ? (hasModelAnswer ? 'Model answer' : 'What a good answer covers') : 'Compare and rate'}
        </h2>
        <p className="max-w-2xl text-fg-muted">
          {skipped
            ? 'You skipped this one. Read what a strong answer covers, then move on.'
            : hasModelAnswer
              ? 'Read the model answer part by part, then rate how your answer did on each, from 0 (missing) to 4 (specific and measurable).'
              : 'Rate how your answer did on each part, from 0 (missing) to 4 (specific and measurable).'}
        </p>
        <p className="text-sm text-fg-muted">
          {hasModelAnswer ? 'Model answer from' : 'Question from'}{' '}
          <cite className="font-medium text-fg not-italic">{guideTitle}</cite>
        </p>
      </header>

      {/* A skipped answer has nothing to sit beside, so the model answer gets the full width. */}
      <div
        className={cn(
          'grid gap-4',
          !skipped && '@3xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] @3xl:items-start @3xl:gap-6',
        )}
      >
        {/* Beside the model answer, the user's own stays in view while they rate. */}
        <div
          className={cn(
            'space-y-4',
            !skipped &&
              '@3xl:sticky @3xl:top-20 @3xl:max-h-[calc(100dvh-11rem)] @3xl:overflow-y-auto @3xl:overscroll-contain @3xl:pb-1',
          )}
        >
          <AnswerCard attempt={attempt} headingId={`${id}-answer`} />
          {hints ? (
            <HintsCard
              headingId={`${id}-hints`}
              parts={hints.parts}
              terms={hints.terms}
              notApplicable={RUBRIC_PARTS.filter((part) => attempt.ratings[part] === NOT_APPLICABLE)}
            />
          ) : null}
        </div>

        <div className="min-w-0 space-y-4">
          {hasModelAnswer ? null : (
            <p className="rounded-xl border border-border bg-surface-muted px-4 py-3 text-sm">
              <span className="font-semibold">This guide has no model answer for this question.</span>{' '}
              <span className="text-fg-muted">
                {skipped
                  ? 'Each part below says what a good answer covers.'
                  : 'Rate your answer against what a good answer covers in each part.'}
              </span>
            </p>
          )}

          {!hasStarParts && approachFromGeneral ? (
            <p className="rounded-xl border border-border bg-surface-muted px-4 py-3 text-sm text-fg-muted">
              This model answer is not split into Context, Approach, Example and Outcome: its text is under Approach,
              and the other parts show what a good one covers.
            </p>
          ) : null}

          {asWritten ? <AsWritten markdown={asWritten} /> : null}

          {RUBRIC_PARTS.map((part, index) => (
            <PartReview
              key={part}
              part={part}
              step={index + 1}
              sections={part === 'approach' && approachFromGeneral ? general : sectionsOf(part)}
              fromGeneral={part === 'approach' && approachFromGeneral}
              hasModelAnswer={hasModelAnswer}
              evidence={hints ? hints.parts[part].evidence : null}
              rating={attempt.ratings[part]}
              onRate={skipped ? undefined : (rating) => rate(part, rating)}
              onApplies={skipped ? undefined : (applies) => setApplies(part, applies)}
              canSwitchOff={applicable.length > 1}
              reason={attempt.ratings[part] === NOT_APPLICABLE ? defaults[part] : undefined}
            />
          ))}

          {practiceItems.length > 0 && !skipped ? (
            <ModelChecklist
              title="Best practices"
              intro="Tick each one your answer covered."
              tickLabel="I covered this"
              items={practiceItems}
              checked={attempt.practicesCovered}
              onToggle={(index) => {
                recordHints();
                rateAttempt(attemptId, { practicesCovered: toggleIndex(latest().practicesCovered, index) });
              }}
            />
          ) : (
            practices.map((section, index) => <ModelSection key={`bp-${index}`} section={section} />)
          )}

          {pitfallItems.length > 0 && !skipped ? (
            <ModelChecklist
              title="Pitfalls"
              intro="Tick any your answer fell into. Honest ticks make the next attempt better."
              tickLabel="I fell into this"
              items={pitfallItems}
              checked={attempt.pitfallsHit}
              onToggle={(index) => {
                recordHints();
                rateAttempt(attemptId, { pitfallsHit: toggleIndex(latest().pitfallsHit, index) });
              }}
            />
          ) : (
            pitfalls.map((section, index) => <ModelSection key={`pf-${index}`} section={section} />)
          )}

          {rest.map((section, index) => (
            <ModelSection key={`rest-${index}`} section={section} />
          ))}

          {skipped ? null : (
            <>
              <GradePicker
                grade={attempt.grade}
                suggested={suggested}
                overridden={attempt.gradeOverridden}
                score={scoreOf(attempt.ratings)}
                applicable={applicable.length}
                rule={gradeRuleFor(applicable.length)}
                onChoose={chooseGrade}
                onReset={resetGrade}
              />
              <NoteField ref={noteRef} id={`${id}-note`} value={attempt.note} onSave={saveNote} />
            </>
          )}
        </div>
      </div>

      {skipped || fullyRated ? null : (
        <p className="text-sm text-fg-muted">
          You can move on without rating, but unrated answers don’t count toward your progress.
        </p>
      )}

      <div className="sticky bottom-2 z-10 flex items-center gap-3 rounded-2xl border border-border bg-surface/95 py-2 pr-2 pl-4 shadow-lg backdrop-blur supports-[backdrop-filter]:bg-surface/85 sm:bottom-3 sm:gap-4 sm:py-3 sm:pr-3 sm:pl-5">
        <p role="status" className="min-w-0 flex-1 text-sm leading-snug font-medium">
          {skipped ? (
            'Skipped'
          ) : fullyRated ? (
            <>
              Rated
              {attempt.grade ? <span className="text-fg-muted"> · {GRADE_LABELS[attempt.grade].label}</span> : null}
            </>
          ) : (
            <>
              {ratedCount}
              <span className="sr-only sm:not-sr-only"> of {applicable.length} parts</span>
              <span className="sm:hidden" aria-hidden="true">
                /{applicable.length}
              </span>{' '}
              rated
            </>
          )}
        </p>
        {undoLabel ? (
          <Button variant="secondary" onClick={undoRating}>
            <span>
              Undo <span className="sr-only sm:not-sr-only">{undoLabel}</span>
            </span>
          </Button>
        ) : null}
        <span aria-hidden="true" className="hidden md:inline-flex">
          <KeyCombo keys={['Alt', 'N']} />
        </span>
        <Button onClick={next} aria-keyshortcuts="Alt+N">
          {isLast ? (
            'Finish'
          ) : (
            <span>
              Next <span className="sr-only sm:not-sr-only">question</span>
            </span>
          )}
          <Icon name="arrowRight" />
        </Button>
      </div>
    </section>
  );
}

/**
 * Runs `callback` once the next frame has painted (a task queued from the
 * frame's animation callback runs after its paint); returns a cancel.
 */
function afterPaint(callback: () => void): () => void {
  let timer: number | undefined;
  if (typeof window.requestAnimationFrame !== 'function') {
    timer = window.setTimeout(callback, 0);
    return () => window.clearTimeout(timer);
  }
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

const SECTION_TITLES: Partial<Record<AnswerSection['kind'], string>> = {
  answer: 'Model answer',
  bestPractices: 'Best practices',
  pitfalls: 'Pitfalls',
};

function ModelSection({ section }: { section: AnswerSection }) {
  const id = useId();
  // Unlabelled text is labelled "Answer" by the parser; "Model answer" says whose it is.
  const title = section.label === 'Answer' ? (SECTION_TITLES[section.kind] ?? section.label) : section.label;
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 rounded-2xl border border-border bg-surface p-4 shadow-sm sm:p-5"
    >
      <h3 id={id} className="text-lg font-semibold tracking-tight">
        {title}
      </h3>
      {section.within ? <WithinHeading>{section.within}</WithinHeading> : null}
      <ModelMarkdown headingLevel={section.within ? 5 : 4}>{section.markdown}</ModelMarkdown>
    </section>
  );
}
