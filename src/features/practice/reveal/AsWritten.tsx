import { useId, useState } from 'react';

import { Card } from '@/components/ui/Card';
import { DeferredMarkdown, preloadMarkdownParser } from '@/components/ui/DeferredMarkdown';
import { Icon } from '@/components/ui/Icon';
import { cn } from '@/lib/cn';

/**
 * The guide's whole model answer in its own order and nesting, behind a
 * disclosure: the cards split it by part, so this is where nothing is moved
 * out of sight. Collapsed by default, and not rendered until opened: its
 * text is parsed then (it is not compiled into the guide's chunk, which it
 * would double), the parser fetched as soon as the pointer or focus is on it.
 */
export function AsWritten({ markdown }: { markdown: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;

  return (
    <Card as="section" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg font-semibold tracking-tight">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          onClick={() => setOpen((shown) => !shown)}
          onPointerEnter={preloadMarkdownParser}
          onFocus={preloadMarkdownParser}
          className="flex min-h-12 w-full items-center justify-between gap-3 rounded-2xl px-4 py-3 text-left hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus sm:px-5"
        >
          <span className="min-w-0">Model answer as written</span>
          <Icon
            name="chevronRight"
            className={cn(
              'size-5 shrink-0 text-fg-muted transition-transform motion-reduce:transition-none',
              open && 'rotate-90',
            )}
          />
        </button>
      </h3>
      {open ? (
        <div id={bodyId} className="space-y-3 border-t border-border px-4 py-4 sm:px-5">
          <p className="text-sm text-fg-muted">The guide’s whole answer, in its own order and nesting.</p>
          <DeferredMarkdown headingLevel={4}>{markdown}</DeferredMarkdown>
        </div>
      ) : null}
    </Card>
  );
}
