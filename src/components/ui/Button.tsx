import { createLink } from '@tanstack/react-router';
import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

/** `danger` for the last step of a destructive action, `danger-outline` for the step that opens it. */
export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'danger-outline';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonStyleProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

const base =
  'inline-flex shrink-0 items-center justify-center gap-2 rounded-lg font-semibold whitespace-nowrap transition select-none disabled:pointer-events-none disabled:opacity-50 motion-reduce:transition-none [&_svg]:size-4 [&_svg]:shrink-0';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-accent-fg shadow-sm hover:bg-accent/90 active:bg-accent/80',
  secondary: 'border border-border bg-surface text-fg shadow-sm hover:bg-surface-muted',
  ghost: 'text-fg hover:bg-surface-muted',
  danger: 'bg-danger text-danger-fg shadow-sm hover:bg-danger/90 active:bg-danger/80',
  'danger-outline': 'border border-danger bg-surface text-danger shadow-sm hover:bg-surface-muted',
};

// Every size keeps at least a 36 px target; md and lg meet the 44 px guideline.
const sizes: Record<ButtonSize, string> = {
  sm: 'min-h-9 px-3 text-sm',
  md: 'min-h-11 px-4 text-sm',
  lg: 'min-h-12 px-5 text-base',
};

/** The button look as a class string, for elements that cannot be a <Button> (router links, <summary>). */
export function buttonStyles({ variant = 'primary', size = 'md' }: ButtonStyleProps = {}, className?: string) {
  return cn(base, variants[variant], sizes[size], className);
}

export type ButtonProps = ComponentProps<'button'> & ButtonStyleProps;

export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonStyles({ variant, size }, className)} {...props} />;
}

function ButtonAnchor({ variant, size, className, ...props }: ComponentProps<'a'> & ButtonStyleProps) {
  // Children come through props; the router fills href and the handlers.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a className={buttonStyles({ variant, size }, className)} {...props} />;
}

/** A router <Link> that looks like a button: typed `to`, `params` and `search`, plus `variant` and `size`. */
export const LinkButton = createLink(ButtonAnchor);
