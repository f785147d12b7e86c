/**
 * The card surface and what is built on it.
 *
 * - `Card`: the raised surface (border, surface colour, shadow, rounded
 *   corners) as a div, section, article or li; `padding` from none to lg.
 *   `interactive` is for a card a `StretchedLink` covers: it lights its
 *   border on hover and draws the focus ring round the whole card.
 * - `SectionCard`: a card that is a titled section of a page, labelled by its
 *   heading, with an optional description and something at the heading's end.
 * - `StretchedLink`: a router link whose hit area covers the nearest
 *   positioned ancestor (an `interactive` card), so the whole card is
 *   clickable while the link keeps a single, clear name.
 */
import { createLink } from '@tanstack/react-router';
import { useId, type ComponentProps, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

export type CardPadding = 'none' | 'sm' | 'md' | 'lg' | 'xl';

const paddings: Record<CardPadding, string> = {
  none: '',
  sm: 'p-4',
  md: 'p-4 sm:p-5',
  lg: 'p-4 sm:p-6',
  xl: 'p-5 sm:p-6',
};

export interface CardStyleProps {
  padding?: CardPadding;
  /** `xl` for rows and smaller cards; `2xl` (the default) for page sections. */
  radius?: 'xl' | '2xl';
  shadow?: boolean;
  /** `accent` tints the card to single it out (a session in progress, what to work on next). */
  tone?: 'default' | 'accent';
}

/** The surface's classes, for an element that cannot be a <Card> (a router link, a fieldset). */
export function cardStyles(
  { padding = 'none', radius = '2xl', shadow = true, tone = 'default' }: CardStyleProps = {},
  className?: string,
) {
  return cn(
    'border',
    tone === 'accent' ? 'border-accent/30 bg-accent-soft' : 'border-border bg-surface',
    radius === 'xl' ? 'rounded-xl' : 'rounded-2xl',
    shadow && 'shadow-sm',
    paddings[padding],
    className,
  );
}

const interactiveClass =
  'relative transition hover:border-accent has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus motion-reduce:transition-none';

type CardElement = 'div' | 'section' | 'article' | 'li';

export type CardProps<E extends CardElement = 'div'> = CardStyleProps & {
  as?: E;
  /** Covered by a StretchedLink: hover and focus show on the whole card. */
  interactive?: boolean;
} & ComponentProps<E>;

export function Card<E extends CardElement = 'div'>({
  as,
  padding,
  radius,
  shadow,
  tone,
  interactive = false,
  className,
  ...props
}: CardProps<E>) {
  // One element type for the checker: the props are those of the element chosen.
  const Element = (as ?? 'div') as 'div';
  return (
    <Element
      className={cardStyles({ padding, radius, shadow, tone }, cn(interactive && interactiveClass, className))}
      {...(props as ComponentProps<'div'>)}
    />
  );
}

export interface SectionCardProps {
  title: ReactNode;
  /** The heading's id, when something else labels itself by it too; made up otherwise. */
  headingId?: string;
  /** 2 under a page heading (the default), 3 inside another section. */
  headingLevel?: 2 | 3;
  description?: ReactNode;
  /** Beside the heading, at its end (a unit, a legend). */
  aside?: ReactNode;
  padding?: CardPadding;
  className?: string;
  children?: ReactNode;
}

/** A titled section of a page on the card surface, labelled by its heading. */
export function SectionCard({
  title,
  headingId,
  headingLevel = 2,
  description,
  aside,
  padding = 'lg',
  className,
  children,
}: SectionCardProps) {
  const madeId = useId();
  const id = headingId ?? madeId;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const heading = (
    <Heading id={id} className={cn('font-semibold tracking-tight', headingLevel === 2 ? 'text-xl' : 'text-lg')}>
      {title}
    </Heading>
  );
  return (
    <Card as="section" aria-labelledby={id} padding={padding} className={cn('space-y-4', className)}>
      {aside ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          {aside}
        </div>
      ) : (
        <div className="space-y-1">
          {heading}
          {description ? <div className="text-sm text-fg-muted">{description}</div> : null}
        </div>
      )}
      {aside && description ? <div className="text-sm text-fg-muted">{description}</div> : null}
      {children}
    </Card>
  );
}

function StretchedAnchor({ className, ...props }: ComponentProps<'a'>) {
  // Children come through props; the router fills href and the handlers.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a className={cn('after:absolute after:inset-0 focus-visible:outline-none', className)} {...props} />;
}

/**
 * A router <Link> stretched over its `interactive` Card (typed `to` and
 * `params`). Links and buttons that must stay clickable inside the card go
 * above it with `relative z-10`. Its own focus ring is off: the card draws it.
 */
export const StretchedLink = createLink(StretchedAnchor);
