import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

/**
 * The wrapper a part of the model answer sat inside in the guide ("Scenario 1:
 * Implementing Salesforce", "IaaS (Infrastructure as a Service)"), as a small
 * sub-heading above that part's text, so multi-scenario answers read
 * "Scenario 1 … / Scenario 2 …" inside each card. Always an h4: it sits under
 * the card's own h3, and the text under it renders its headings from h5.
 */
export function WithinHeading({ className, children, ...props }: ComponentProps<'h4'>) {
  return (
    <h4 className={cn('text-sm leading-snug font-semibold text-accent', className)} {...props}>
      {children}
    </h4>
  );
}
