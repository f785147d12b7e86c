/**
 * One figure in a row of figures: a label, the value and an optional detail,
 * as a `dt` and `dd`s. Put Stats in a <dl> (each is a div, which a dl may
 * group its terms in).
 *
 * - `size`: `lg` (a page's headline figures: small upper-case label, large
 *   value), `md` (label in body text, large value), `sm` (a cell in a table-like
 *   row: tiny upper-case label, value as given).
 * - `surface`: `card` (the raised card), `muted` (a tinted tile), `none`.
 * - `valueFirst`: show the value above its label (the label is still read first).
 */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { cardStyles } from './Card';

export interface StatProps {
  label: ReactNode;
  value: ReactNode;
  detail?: ReactNode;
  size?: 'lg' | 'md' | 'sm';
  surface?: 'card' | 'muted' | 'none';
  valueFirst?: boolean;
  className?: string;
}

const labels = {
  lg: 'text-xs font-semibold tracking-wide text-fg-muted uppercase',
  md: 'text-sm text-fg-muted',
  sm: 'text-[0.6875rem] font-semibold tracking-wide text-fg-muted uppercase',
};
const values = {
  lg: 'text-2xl font-semibold tracking-tight tabular-nums sm:text-3xl',
  md: 'text-2xl font-semibold tracking-tight tabular-nums',
  sm: '',
};
const surfaces = {
  card: cardStyles({ padding: 'sm' }),
  muted: 'rounded-xl bg-surface-muted px-4 py-3',
  none: '',
};

export function Stat({
  label,
  value,
  detail,
  size = 'md',
  surface = 'card',
  valueFirst = false,
  className,
}: StatProps) {
  return (
    <div className={cn('flex min-w-0 flex-col', size === 'md' ? 'gap-0' : 'gap-1', surfaces[surface], className)}>
      <dt className={labels[size]}>{label}</dt>
      <dd className={cn(values[size], valueFirst && 'order-first')}>{value}</dd>
      {detail ? <dd className="mt-1 text-xs text-fg-muted">{detail}</dd> : null}
    </div>
  );
}
