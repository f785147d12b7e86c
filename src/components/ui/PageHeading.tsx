/**
 * A page's (or a view's) title that can take focus: `tabIndex={-1}`, so code
 * can move focus to it after a change (a deletion undone, a review opened)
 * and a screen reader starts reading there; no focus ring, since a user
 * never tabs to it.
 *
 * - `level`: 1 (the default) for a page's h1, 2 for a view inside a page.
 * - `size`: `lg` (3xl, 4xl from sm; a top-level page) or `md` (2xl, 3xl from sm).
 */
import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

export type PageHeadingProps = ComponentProps<'h1'> & {
  level?: 1 | 2;
  size?: 'lg' | 'md';
};

const sizes = {
  lg: 'text-3xl sm:text-4xl',
  md: 'text-2xl sm:text-3xl',
};

export function PageHeading({ level = 1, size = 'lg', className, ...props }: PageHeadingProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <Heading
      tabIndex={-1}
      className={cn('font-semibold tracking-tight outline-none', sizes[size], className)}
      {...props}
    />
  );
}
