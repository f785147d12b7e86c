import { useEffect, useEffectEvent, useId, useMemo, useRef } from 'react';

import type { AnswerSection, Question } from '@/content/types';
import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { KeyCombo } from '@/components/ui/Kbd';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { defaultNotApplicable } from '@/domain/applicability';
import { sectionChecklist } from '@/domain/checklist';
import { NOT_APPLICABLE, RUBRIC_PARTS, type Attempt } from '@/domain/model';
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
import { usePracticeStore } from '@/stores';

import { AnswerCard } from './AnswerCard';
import { AsWritten } from './AsWritten';
import { afterPaint } from './after-paint';
import { describeChange } from './changes';
import { GradePicker } from './GradePicker';
import { HintsCard } from './HintsCard';
import { ModelChecklist } from './ModelChecklist';
import { ModelMarkdown } from './ModelMarkdown';
import { NoteField, type NoteFieldHandle } from './NoteField';
import { PartReview } from './PartReview';
import { useReview } from './use-review';
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
  const undoRating = usePracticeStore((state) => state.undoRating);
  const undo = usePracticeStore((state) => state.undo);
  const review = useReview(attemptId, attempt, question);
  const { hints } = review;

  const skipped = attempt.skipped;
  const isLast = position.index + 1 >= position.total;

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

  const noteRef = useRef<NoteFieldHandle>(null);

  function next() {
    // The note being typed is saved before the review is finished.
    noteRef.current?.flush();
    review.finish();
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
              onRate={skipped ? undefined : (rating) => review.rate(part, rating)}
              onApplies={skipped ? undefined : (applies) => review.setApplies(part, applies)}
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
              onToggle={(index) => review.toggle('practicesCovered', index)}
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
              onToggle={(index) => review.toggle('pitfallsHit', index)}
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
                onChoose={review.chooseGrade}
                onReset={review.resetGrade}
              />
              <NoteField ref={noteRef} id={`${id}-note`} value={attempt.note} onSave={review.saveNote} />
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
