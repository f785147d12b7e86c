import { type ReactNode, useId } from 'react';

import { AnswerText, NO_TRANSCRIPT_NOTE } from '@/components/answer/AnswerText';
import { ModelMarkdown } from '@/components/answer/ModelMarkdown';
import { StoryParts } from '@/components/stories/StoryParts';
import type { Question } from '@/content/types';
import { type ChecklistItem, sectionChecklist } from '@/domain/checklist';
import { NOT_APPLICABLE, RUBRIC_PARTS, type Attempt } from '@/domain/model';
import { deliveryLine, deliveryOf, selfRatingOf } from '@/domain/progress/delivery';
import { LEVELS, PART_INFO } from '@/domain/rubric';
import { RecordingSlot } from '@/features/recording/lazy';
import { usePracticeStore } from '@/stores';

/*
 * The blocks of a replayed answer: read-only, small-headed sections of the
 * question's card (the reveal's own cards are for rating, one per screen).
 */

function Block({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 id={id} className="text-sm font-semibold tracking-wide text-fg-muted uppercase">
          {title}
        </h3>
        {aside}
      </div>
      {children}
    </section>
  );
}

export function YourAnswer({ attempt }: { attempt: Attempt }) {
  const recorded = usePracticeStore((state) => Object.hasOwn(state.recordings, attempt.id));
  return (
    <Block title="Your answer">
      {attempt.skipped ? (
        <p className="text-sm text-fg-muted">You skipped this question.</p>
      ) : (
        <>
          <RecordingSlot attemptId={attempt.id} label="Play this answer" />
          <AnswerText
            answer={attempt.answer}
            textClassName="rounded-xl bg-surface-muted px-4 py-3"
            emptyNote={recorded ? NO_TRANSCRIPT_NOTE : undefined}
          />
        </>
      )}
      <DeliveryFigures attempt={attempt} />
    </Block>
  );
}

/** A recorded answer's measured delivery, read-only, and how the user said it sounded. */
function DeliveryFigures({ attempt }: { attempt: Attempt }) {
  const figures = deliveryOf(attempt);
  if (!figures) return null;
  const rating = selfRatingOf(attempt);
  return (
    <p className="text-sm text-fg-muted tabular-nums">
      <span className="font-medium text-fg">Delivery:</span> {deliveryLine(figures)}
      {rating ? `. You said it sounded ${rating}.` : null}
    </p>
  );
}

/** The STAR story the answer told, when one was recorded on the reveal. */
export function StoryUsed({ storyId }: { storyId: string | null | undefined }) {
  const story = usePracticeStore((state) => (storyId ? state.stories[storyId] : undefined));
  if (!storyId) return null;
  return (
    <Block title="Story you told">
      {story ? (
        <details className="group rounded-xl border border-border">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
            {story.title.trim() || 'Untitled story'}
          </summary>
          <StoryParts story={story} className="border-t border-border px-3 py-3" />
        </details>
      ) : (
        <p className="text-sm text-fg-muted">A story since deleted.</p>
      )}
    </Block>
  );
}

export function PartRatings({ attempt }: { attempt: Attempt }) {
  return (
    <Block title="Your ratings">
      <dl className="divide-y divide-border rounded-xl border border-border">
        {RUBRIC_PARTS.map((part) => {
          const rating = attempt.ratings[part];
          return (
            <div key={part} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <dt className="font-medium">{PART_INFO[part].label}</dt>
              <dd className="flex items-center gap-2 text-right">
                {rating === null ? (
                  <span className="text-fg-muted">Not rated</span>
                ) : rating === NOT_APPLICABLE ? (
                  <>
                    <span className="text-fg-muted">Doesn&apos;t apply</span>
                    <span className="font-semibold">n/a</span>
                  </>
                ) : (
                  <>
                    <span className="text-fg-muted">{LEVELS[rating].name}</span>
                    <span className="font-semibold tabular-nums">{rating}/4</span>
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </Block>
  );
}

export function Ticks({ attempt, question }: { attempt: Attempt; question: Question }) {
  const practices = sectionChecklist(question.sections, 'bestPractices');
  const pitfalls = sectionChecklist(question.sections, 'pitfalls');
  if (practices.length === 0 && pitfalls.length === 0) return null;
  return (
    <>
      {practices.length > 0 ? (
        <TickList
          title="Best practices covered"
          items={practices}
          ticked={attempt.practicesCovered}
          none="None ticked."
        />
      ) : null}
      {pitfalls.length > 0 ? (
        <TickList title="Pitfalls fallen into" items={pitfalls} ticked={attempt.pitfallsHit} none="None ticked." />
      ) : null}
    </>
  );
}

function TickList({
  title,
  items,
  ticked,
  none,
}: {
  title: string;
  items: readonly ChecklistItem[];
  ticked: readonly number[];
  none: string;
}) {
  const chosen = items.map((item, index) => ({ item, index })).filter(({ index }) => ticked.includes(index));
  return (
    <Block
      title={title}
      aside={
        <span className="text-sm text-fg-muted tabular-nums">
          {chosen.length} of {items.length}
        </span>
      }
    >
      {chosen.length === 0 ? (
        <p className="text-sm text-fg-muted">{none}</p>
      ) : (
        <ul className="space-y-1.5">
          {chosen.map(({ item, index }) => (
            <li key={index} className="flex gap-2 text-sm">
              <CheckIcon />
              <div className="min-w-0 flex-1">
                {item.within ? <p className="text-xs font-medium text-fg-muted">{item.within}</p> : null}
                <ModelMarkdown headingLevel={5} className="text-sm">
                  {item.markdown}
                </ModelMarkdown>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}

export function HintsShown({ attempt }: { attempt: Attempt }) {
  const hints = attempt.hints;
  return (
    <Block title="Hints shown">
      {hints ? (
        <dl className="space-y-1.5 text-sm">
          <HintLine
            label="Parts spotted"
            values={hints.partsDetected.map((part) => PART_INFO[part]?.label ?? part)}
            empty="none"
          />
          <HintLine label="Key terms used" values={hints.termsUsed} empty="none" />
          <HintLine label="Key terms missed" values={hints.termsMissed} empty="none" />
        </dl>
      ) : (
        <p className="text-sm text-fg-muted">No hints were recorded for this answer.</p>
      )}
    </Block>
  );
}

function HintLine({ label, values, empty }: { label: string; values: string[]; empty: string }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium">{label}:</dt>
      <dd className="min-w-0 text-fg-muted">{values.length > 0 ? values.join(', ') : empty}</dd>
    </div>
  );
}

export function Note({ note }: { note: string }) {
  return (
    <Block title="Your note">
      {note.trim() ? (
        <p className="text-sm leading-relaxed break-words whitespace-pre-wrap">{note}</p>
      ) : (
        <p className="text-sm text-fg-muted">No note.</p>
      )}
    </Block>
  );
}

export function ModelAnswer({ question }: { question: Question | undefined }) {
  return (
    <Block title="Model answer">
      {!question ? (
        <p className="text-sm text-fg-muted">
          This question is no longer in its guide, so its model answer cannot be shown.
        </p>
      ) : question.sections.length === 0 ? (
        <p className="text-sm text-fg-muted">This guide has no model answer for this question.</p>
      ) : (
        <div className="space-y-4">
          {question.sections.map((section, index) => (
            <section key={`${section.kind}-${index}`} className="space-y-1">
              {question.sections.length > 1 || section.kind !== 'answer' ? (
                <h4 className="text-sm font-semibold text-accent">
                  {section.within ? <span className="font-medium text-fg-muted">{section.within} › </span> : null}
                  {section.label}
                </h4>
              ) : null}
              <ModelMarkdown headingLevel={5}>{section.markdown}</ModelMarkdown>
            </section>
          ))}
        </div>
      )}
    </Block>
  );
}

function CheckIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="mt-0.5 size-4 shrink-0 text-accent"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M5 12.5l4.5 4.5L19 7.5" />
    </svg>
  );
}
