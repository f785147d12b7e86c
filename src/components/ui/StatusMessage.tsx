import type { ReactNode } from 'react';

interface StatusMessageProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  /** 1 when the message is the whole page, 2 when it sits under a page heading. */
  headingLevel?: 1 | 2;
}

/** Full-width message for empty, missing and failed states. */
export function StatusMessage({ title, children, actions, headingLevel = 1 }: StatusMessageProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="mx-auto max-w-xl rounded-2xl border border-border bg-surface px-6 py-10 text-center shadow-sm">
      <Heading className="text-2xl font-semibold tracking-tight text-balance">{title}</Heading>
      {children ? <div className="mt-3 text-fg-muted">{children}</div> : null}
      {actions ? <div className="mt-6 flex flex-wrap justify-center gap-3">{actions}</div> : null}
    </div>
  );
}
