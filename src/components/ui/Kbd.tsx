import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

/** A key cap. */
export function Kbd({ className, ...props }: ComponentProps<'kbd'>) {
  return (
    <kbd
      className={cn(
        'inline-flex min-w-6 items-center justify-center rounded-md border border-b-2 border-border bg-surface px-1.5 py-0.5 font-mono text-xs font-semibold text-fg',
        className,
      )}
      {...props}
    />
  );
}

/** Keys pressed together, as key caps joined by "+". */
export function KeyCombo({ keys }: { keys: readonly string[] }) {
  return (
    <span className="inline-flex items-center gap-1 text-xs text-fg-muted">
      {keys.map((key, index) => (
        <span key={key} className="inline-flex items-center gap-1">
          {index > 0 ? <span aria-hidden="true">+</span> : null}
          <Kbd>{key}</Kbd>
        </span>
      ))}
    </span>
  );
}
