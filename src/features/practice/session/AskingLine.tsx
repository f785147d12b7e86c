import type { ReactNode } from 'react';

/** The line shown while the interviewer's code loads and while the question is read out. */
export function AskingLine({ children }: { children?: ReactNode }) {
  return (
    <section
      aria-label="The interviewer"
      className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-accent/30 bg-accent-soft px-4 py-3 sm:px-5"
    >
      <p role="status" className="text-base font-semibold">
        The interviewer is asking…
      </p>
      {children}
    </section>
  );
}
