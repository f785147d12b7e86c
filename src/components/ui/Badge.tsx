import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

export type BadgeVariant = 'neutral' | 'accent' | 'outline';

const variants: Record<BadgeVariant, string> = {
  neutral: 'bg-surface-muted text-fg-muted',
  accent: 'bg-accent-soft text-accent',
  outline: 'border border-border text-fg-muted',
};

export type BadgeProps = ComponentProps<'span'> & { variant?: BadgeVariant };

/** A short inline label: a score, a count, a status. */
export function Badge({ variant = 'neutral', className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap tabular-nums',
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
