import type { ReactNode } from 'react';

import { toneStyles } from '@/components/ui/tones';
import { cn } from '@/lib/cn';

export const legendClass = 'text-base font-semibold tracking-tight';
const errorClass = cn('mt-3 flex items-start gap-1.5 text-sm font-medium', toneStyles.danger.text);

/** A field's problem, named by the field's aria-describedby. */
export function FieldError({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  return (
    <p id={id} className={cn(errorClass, className)}>
      <Glyph kind="warning" />
      {children}
    </p>
  );
}

const GLYPHS = {
  warning:
    'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 11.2a1 1 0 1 0 0 2 1 1 0 0 0 0-2ZM10 5a1 1 0 0 0-1 1v5a1 1 0 1 0 2 0V6a1 1 0 0 0-1-1Z',
  info: 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 7a1 1 0 0 0-1 1v4a1 1 0 1 0 2 0v-4a1 1 0 0 0-1-1Zm0-3.5a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2Z',
} as const;

/** The filled 20-unit glyphs beside a message: a warning, or a note. */
export function Glyph({ kind }: { kind: keyof typeof GLYPHS }) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      className={cn('mt-0.5 size-4 shrink-0 fill-current', kind === 'info' && 'text-fg-muted')}
    >
      <path d={GLYPHS[kind]} />
    </svg>
  );
}

/** The tick drawn inside a chosen category chip. */
export function CheckMark() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="hidden size-3.5 group-has-checked:block">
      <path
        d="M3.5 8.5 6.5 11.5 12.5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
