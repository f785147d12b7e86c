import { useEffect, useRef } from 'react';

import { PageHeading } from '@/components/ui/PageHeading';

import { afterPaint } from './after-paint';

interface ReviewHeaderProps {
  titleId: string;
  /** Focus comes to the title when this changes (a new attempt's review). */
  attemptId: string;
  skipped: boolean;
  hasModelAnswer: boolean;
  guideTitle: string;
}

/** The review's title, what to do, and whose model answer it is; the title takes focus when the review opens. */
export function ReviewHeader({ titleId, attemptId, skipped, hasModelAnswer, guideTitle }: ReviewHeaderProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);

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

  return (
    <header className="space-y-1.5">
      <PageHeading ref={titleRef} id={titleId} level={2} size="md">
        {skipped ? (hasModelAnswer ? 'Model answer' : 'What a good answer covers') : 'Compare and rate'}
      </PageHeading>
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
  );
}
