import { useId } from 'react';

import { Button } from '@/components/ui/Button';
import { cardStyles } from '@/components/ui/Card';
import { cn } from '@/lib/cn';

import type { HistoryFilters } from './rows';

const fieldClass =
  'block min-h-11 w-full rounded-lg border border-border bg-surface px-3 text-sm text-fg shadow-sm [color-scheme:inherit]';

/** The guide and date range the history is filtered by; an emptied field drops out of the filters. */
export function HistoryFilterFields({
  filters,
  guides,
  onChange,
}: {
  filters: HistoryFilters;
  guides: { slug: string; title: string }[];
  onChange: (update: (current: HistoryFilters) => HistoryFilters) => void;
}) {
  const id = useId();
  const set = (patch: Partial<HistoryFilters>) =>
    onChange((current) => {
      const next = { ...current, ...patch };
      for (const key of Object.keys(next) as (keyof HistoryFilters)[]) if (!next[key]) delete next[key];
      return next;
    });
  const active = Boolean(filters.guide || filters.from || filters.to);

  return (
    <fieldset
      className={cardStyles(
        { padding: 'sm' },
        'grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end',
      )}
    >
      <legend className="sr-only">Filter sessions</legend>
      <div className="col-span-2 space-y-1.5 sm:col-span-1">
        <label htmlFor={`${id}-guide`} className="text-sm font-medium">
          Guide
        </label>
        <select
          id={`${id}-guide`}
          className={fieldClass}
          value={filters.guide ?? ''}
          onChange={(event) => set({ guide: event.target.value || undefined })}
        >
          <option value="">All guides</option>
          {guides.map((guide) => (
            <option key={guide.slug} value={guide.slug}>
              {guide.title}
            </option>
          ))}
        </select>
      </div>
      <DateField
        id={`${id}-from`}
        label="From"
        value={filters.from}
        max={filters.to}
        onChange={(from) => set({ from })}
      />
      <DateField id={`${id}-to`} label="To" value={filters.to} min={filters.from} onChange={(to) => set({ to })} />
      {/* Keeps its place on wide screens so the fields do not jump; takes no room on narrow ones. */}
      <div className={cn('col-span-2 sm:col-span-1', !active && 'hidden sm:invisible sm:block')}>
        <Button variant="ghost" className="w-full" disabled={!active} onClick={() => onChange(() => ({}))}>
          Clear filters
        </Button>
      </div>
    </fieldset>
  );
}

interface DateFieldProps {
  id: string;
  label: string;
  value: string | undefined;
  min?: string;
  max?: string;
  /** Undefined when the field is cleared. */
  onChange: (value: string | undefined) => void;
}

function DateField({ id, label, value, min, max, onChange }: DateFieldProps) {
  return (
    <div className="min-w-0 space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="date"
        className={fieldClass}
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(event) => onChange(event.target.value || undefined)}
      />
    </div>
  );
}
