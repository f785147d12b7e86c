import { useId, type ReactNode } from 'react';

/** A titled section of the data page. */
export function Card({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="space-y-4 rounded-2xl border border-border bg-surface p-4 shadow-sm sm:p-6"
    >
      <div className="space-y-1">
        <h2 id={id} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        {description ? <div className="text-sm text-fg-muted">{description}</div> : null}
      </div>
      {children}
    </section>
  );
}
