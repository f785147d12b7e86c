/**
 * Links in running text, as router links (typed `to`, `params`, `search`):
 * `accent` (the default) for a link that should stand out, `quiet` for one
 * among many (a list of questions) that shows its underline in the border
 * colour until hovered. `Eyebrow` is the small upper-case line above a title.
 */
import { createLink } from '@tanstack/react-router';
import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

import { textLinkClass } from './styles';

export const quietLinkClass =
  'font-medium text-fg underline decoration-border underline-offset-4 hover:decoration-accent';

function TextAnchor({ tone = 'accent', className, ...props }: ComponentProps<'a'> & { tone?: 'accent' | 'quiet' }) {
  // Children come through props; the router fills href and the handlers.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a className={cn(tone === 'quiet' ? quietLinkClass : textLinkClass, className)} {...props} />;
}

export const TextLink = createLink(TextAnchor);

/** The small upper-case line over a title: a category, "Progress", "Session summary". */
export function Eyebrow({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cn('text-xs font-semibold tracking-wide text-accent uppercase', className)} {...props} />;
}
