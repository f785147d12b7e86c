import { useId, useRef, type KeyboardEvent } from 'react';

import { cardStyles } from '@/components/ui/Card';
import type { Rating, RubricPart } from '@/domain/model';
import { LEVELS, PART_LEVEL_HINTS, RATINGS } from '@/domain/rubric';
import { matchesShortcut } from '@/lib/shortcuts';

interface RatingGroupProps {
  part: RubricPart;
  value: Rating | null;
  onRate: (rating: Rating) => void;
  /** Id of the element naming the group (the part's heading). */
  labelledBy: string;
  /** Id of the element saying what a good answer looks like. */
  describedBy: string;
}

/**
 * 0–4 as native radios, so arrow keys, focus order and the checked state come
 * from the browser; the digits are an extra for keyboard users, honoured only
 * while focus is inside the group so typing elsewhere never rates anything.
 */
export function RatingGroup({ part, value, onRate, labelledBy, describedBy }: RatingGroupProps) {
  const name = useId();
  const groupRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!matchesShortcut(event, 'rate')) return;
    event.preventDefault();
    const rating = Number(event.key) as Rating;
    onRate(rating);
    groupRef.current?.querySelector<HTMLInputElement>(`input[value="${rating}"]`)?.focus();
  }

  return (
    // Focus belongs to the radios inside, as in any radio group; the key
    // handler only sees their key presses as they bubble.
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus
    <div
      ref={groupRef}
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      className="grid gap-1.5"
    >
      {RATINGS.map((rating) => {
        const hintId = `${name}-hint-${rating}`;
        return (
          <label
            key={rating}
            className={cardStyles(
              { radius: 'xl', shadow: false },
              'group relative flex min-h-12 cursor-pointer items-center gap-3 px-3 py-2 transition hover:border-accent/60 has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus motion-reduce:transition-none',
            )}
          >
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onRate(rating)}
              aria-label={`${rating} ${LEVELS[rating].name}`}
              aria-describedby={hintId}
              // Keeps a radio reached by Tab or arrows clear of the sticky header and action bar.
              className="sr-only scroll-mt-24 scroll-mb-28"
            />
            <span
              aria-hidden="true"
              className="flex size-8 shrink-0 items-center justify-center rounded-lg border border-border bg-surface-muted text-sm font-semibold text-fg tabular-nums group-has-checked:border-accent group-has-checked:bg-accent group-has-checked:text-accent-fg"
            >
              {rating}
            </span>
            <span className="min-w-0 py-0.5 text-sm leading-snug">
              <span aria-hidden="true" className="font-semibold text-fg">
                {LEVELS[rating].name}
              </span>
              <span id={hintId} className="block text-fg-muted">
                {PART_LEVEL_HINTS[part][rating]}
              </span>
            </span>
          </label>
        );
      })}
    </div>
  );
}
