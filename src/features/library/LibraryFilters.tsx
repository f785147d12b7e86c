import { useId, useMemo } from 'react';

import { Button } from '@/components/ui/Button';
import type { GuideSummary } from '@/content/types';
import { cn } from '@/lib/cn';

import { FILTER_KEYS, filterOptions, hasFilters, sameValue, type FilterKey, type LibrarySearch } from './filters';

const LABELS: Record<FilterKey, { label: string; any: string }> = {
  category: { label: 'Category', any: 'All categories' },
  vertical: { label: 'Vertical', any: 'All verticals' },
  tag: { label: 'Tag', any: 'All tags' },
};

interface LibraryFiltersProps {
  guides: readonly GuideSummary[];
  filters: LibrarySearch;
  onChange: (filters: LibrarySearch) => void;
  className?: string;
}

/** Native selects: they are accessible, and on phones they open the platform's own picker. */
export function LibraryFilters({ guides, filters, onChange, className }: LibraryFiltersProps) {
  const options = useMemo(() => filterOptions(guides), [guides]);
  const id = useId();
  const anyMine = filters.mine !== undefined || guides.some((guide) => guide.mine);

  return (
    <div role="group" aria-label="Filter guides" className={cn('flex flex-wrap items-end gap-3', className)}>
      {FILTER_KEYS.map((key) => {
        const current = filters[key];
        const known = current === undefined ? undefined : options[key].find((o) => sameValue(o.value, current));
        // A value from a shared or hand-edited URL that no guide has is
        // still shown as selected, so the empty result explains itself.
        const list = current !== undefined && !known ? [...options[key], { value: current, count: 0 }] : options[key];
        return (
          <div key={key} className="flex min-w-0 flex-[1_1_10rem] flex-col gap-1.5">
            <label htmlFor={`${id}-${key}`} className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
              {LABELS[key].label}
            </label>
            <select
              id={`${id}-${key}`}
              value={known?.value ?? current ?? ''}
              onChange={(event) => onChange({ ...filters, [key]: event.target.value || undefined })}
              className={cn(
                'min-h-11 w-full truncate rounded-lg border bg-surface px-3 text-sm shadow-sm transition hover:border-accent',
                current !== undefined ? 'border-accent font-medium' : 'border-border',
              )}
            >
              <option value="">{LABELS[key].any}</option>
              {list.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.value} ({option.count})
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {anyMine ? (
        <div className="flex min-w-0 flex-[1_1_10rem] flex-col gap-1.5">
          <label htmlFor={`${id}-mine`} className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
            Show
          </label>
          <select
            id={`${id}-mine`}
            value={filters.mine ? 'mine' : ''}
            onChange={(event) => onChange({ ...filters, mine: event.target.value === 'mine' ? true : undefined })}
            className={cn(
              'min-h-11 w-full truncate rounded-lg border bg-surface px-3 text-sm shadow-sm transition hover:border-accent',
              filters.mine ? 'border-accent font-medium' : 'border-border',
            )}
          >
            <option value="">All guides</option>
            <option value="mine">Yours ({guides.filter((guide) => guide.mine).length})</option>
          </select>
        </div>
      ) : null}
      {hasFilters(filters) ? (
        <Button variant="ghost" onClick={() => onChange({})} className="flex-none">
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
