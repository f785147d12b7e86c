import { useEffect, useEffectEvent, useId, useMemo, useRef } from 'react';

import { AnswerCard } from '@/components/answer/AnswerCard';
import { NO_TRANSCRIPT_NOTE } from '@/components/answer/AnswerText';
import { Button } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';
import type { Question } from '@/content/types';
import { defaultNotApplicable } from '@/domain/applicability';
import { NOT_APPLICABLE, RUBRIC_PARTS, type Attempt } from '@/domain/model';
import { applicableParts, gradeFromRatings, gradeRuleFor, isFullyRated, scoreOf } from '@/domain/rubric';
import { storyIdOfQuestion } from '@/domain/stories/practice';
import { RecordingSlot } from '@/features/recording/lazy';
import { cn } from '@/lib/cn';
import { matchesShortcut } from '@/lib/shortcuts';
import { usePracticeStore } from '@/stores';

import { AsWritten } from './AsWritten';
import { DeliveryCard } from './DeliveryCard';
import { GradePicker } from './GradePicker';
import { HintsCard } from './HintsCard';
import { modelLayout } from './model-layout';
import { ModelSection } from './ModelSection';
import { NoteField, type NoteFieldHandle } from './NoteField';
import { PartReview } from './PartReview';
import { ReviewChecklists } from './ReviewChecklists';
import { ReviewFooter } from './ReviewFooter';
import { ReviewHeader } from './ReviewHeader';
import { StoryTold } from './StoryTold';
import { useReview } from './use-review';

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
  const review = useReview(attemptId, attempt, question);
  const { hints } = review;
  const noteRef = useRef<NoteFieldHandle>(null);

  const skipped = attempt.skipped;
  const isLast = position.index + 1 >= position.total;

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

  const layout = useMemo(() => modelLayout(question), [question]);
  const recorded = usePracticeStore((state) => Object.hasOwn(state.recordings, attempt.id));
  const defaults = useMemo(() => defaultNotApplicable(question), [question]);
  const { hasModelAnswer, approachFromGeneral } = layout;
  const applicable = applicableParts(attempt.ratings);

  return (
    // Sized by the room it is given rather than the viewport: the page
    // decides how wide the review is, and two columns need about 48rem.
    <section aria-labelledby={titleId} className="@container space-y-6">
      <ReviewHeader
        titleId={titleId}
        attemptId={attemptId}
        skipped={skipped}
        hasModelAnswer={hasModelAnswer}
        guideTitle={guideTitle}
      />

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
          {skipped ? null : <RecordingSlot attemptId={attemptId} />}
          <AnswerCard
            attempt={attempt}
            headingId={`${id}-answer`}
            emptyNote={recorded ? NO_TRANSCRIPT_NOTE : undefined}
          />
          {/* A story's own practice question: the model answer is the story. */}
          {skipped || storyIdOfQuestion(question.id) !== null ? null : (
            <StoryTold attempt={attempt} questionId={question.id} />
          )}
          {/* A recorded answer: how it sounded, against plain targets. */}
          <DeliveryCard attempt={attempt} headingId={`${id}-delivery`} />
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

          {!layout.hasStarParts && approachFromGeneral ? (
            <p className="rounded-xl border border-border bg-surface-muted px-4 py-3 text-sm text-fg-muted">
              This model answer is not split into Context, Approach, Example and Outcome: its text is under Approach,
              and the other parts show what a good one covers.
            </p>
          ) : null}

          {layout.asWritten ? <AsWritten markdown={layout.asWritten} /> : null}

          {RUBRIC_PARTS.map((part, index) => (
            <PartReview
              key={part}
              part={part}
              step={index + 1}
              sections={layout.parts[part]}
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

          <ReviewChecklists
            sections={question.sections}
            attempt={attempt}
            onToggle={skipped ? undefined : review.toggle}
          />

          {layout.rest.map((section, index) => (
            <ModelSection key={`rest-${index}`} section={section} />
          ))}

          {skipped ? null : (
            <>
              <GradePicker
                grade={attempt.grade}
                suggested={gradeFromRatings(attempt.ratings)}
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

      {skipped || isFullyRated(attempt.ratings) ? null : (
        <p className="text-sm text-fg-muted">
          You can move on without rating, but unrated answers don’t count toward your progress.
        </p>
      )}

      <ReviewFooter attempt={attempt} isLast={isLast} onNext={next} />
    </section>
  );
}
