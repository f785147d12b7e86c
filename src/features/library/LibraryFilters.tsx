import { useId } from 'react';

import { Button } from '@/components/ui/Button';
import { Combobox } from '@/components/ui/Combobox';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';

import {
  FILTER_KEYS,
  foldValue,
  hasFilters,
  PROGRESS_VALUES,
  withFilters,
  withoutFilters,
  type FacetKey,
  type FacetOption,
  type Facets,
  type LibrarySearch,
  type ProgressFilter,
} from './filters';

const LABELS: Record<Exclude<FacetKey, 'mine'>, { label: string; any: string }> = {
  category: { label: 'Category', any: 'All categories' },
  vertical: { label: 'Vertical', any: 'All verticals' },
  tag: { label: 'Tag', any: 'All tags' },
  progress: { label: 'Progress', any: 'Any progress' },
};

const PROGRESS_LABELS: Record<ProgressFilter, string> = {
  practised: 'Practised',
  new: 'Not practised yet',
  due: 'Due for review',
};

const labelClass = 'text-xs font-semibold tracking-wide text-fg-muted uppercase';
const controlClass =
  'min-h-11 w-full truncate rounded-lg border bg-surface px-3 text-base shadow-sm transition hover:border-accent sm:text-sm';

interface LibraryFiltersProps {
  /** Each filter's options, counted under the other filters (`libraryFacets`). */
  facets: Facets;
  filters: LibrarySearch;
  onChange: (filters: LibrarySearch) => void;
  /** Whether the user has practised any guide: the progress filter is offered from then on. */
  practised: boolean;
  /** Whether any guide is the user's own: "Show: Yours" is offered then. */
  anyMine: boolean;
  /** How many guides the filters give now. */
  total: number;
  className?: string;
}

/**
 * The library's filters. Every option says how many guides it would show
 * with the other filters as they are, and an option that would show none is
 * disabled, so no choice here ends in an empty list. A filter with a single
 * value to offer is left out (one guide needs no filters). Category, vertical
 * and progress are native selects (accessible, and the phone's own picker);
 * tags, which run into hundreds, are a searchable combobox.
 */
export function LibraryFilters({
  facets,
  filters,
  onChange,
  practised,
  anyMine,
  total,
  className,
}: LibraryFiltersProps) {
  const id = useId();
  const set = (change: Partial<LibrarySearch>) => onChange(withFilters(filters, change));
  // A filter is offered when one of its options would narrow the list (one guide needs none), or it is set.
  const offered = (key: FacetKey) =>
    filters[key] !== undefined || facets[key].some((o) => o.count > 0 && o.count < total);
  const keys = FILTER_KEYS.filter(offered);
  const showProgress = filters.progress !== undefined || (practised && offered('progress'));
  const showMine = filters.mine !== undefined || (anyMine && offered('mine'));
  if (keys.length === 0 && !showProgress && !showMine) return null;
  // The option as the guides spell it, for a value typed differently in the URL.
  const tag = facets.tag.find((o) => filters.tag !== undefined && foldValue(o.value) === foldValue(filters.tag))?.value;

  return (
    <div role="group" aria-label="Filter guides" className={cn('flex flex-wrap items-end gap-3', className)}>
      {keys.map((key) =>
        key === 'tag' ? (
          <Combobox
            key={key}
            label={LABELS.tag.label}
            labelClassName={labelClass}
            className="flex-[1_1_12rem]"
            placeholder={LABELS.tag.any}
            value={tag}
            options={facets.tag.map((o) => ({
              value: o.value,
              label: o.value,
              count: o.count,
              disabled: o.count === 0 && o.value !== tag,
            }))}
            onChange={(tag) => set({ tag })}
            countText={(count) => plural(count, 'guide')}
            noMatches="No tags match"
            inputClassName={filters.tag !== undefined ? 'border-accent font-medium' : undefined}
          />
        ) : (
          <FilterSelect
            key={key}
            id={`${id}-${key}`}
            label={LABELS[key].label}
            any={LABELS[key].any}
            value={filters[key]}
            options={facets[key]}
            onChange={(value) => set({ [key]: value })}
          />
        ),
      )}
      {showProgress ? (
        <FilterSelect
          id={`${id}-progress`}
          label={LABELS.progress.label}
          any={LABELS.progress.any}
          value={filters.progress}
          options={facets.progress}
          optionLabel={(value) => PROGRESS_LABELS[value as ProgressFilter]}
          onChange={(value) => set({ progress: PROGRESS_VALUES.find((p) => p === value) })}
        />
      ) : null}
      {showMine ? (
        <FilterSelect
          id={`${id}-mine`}
          label="Show"
          any="All guides"
          value={filters.mine ? 'true' : undefined}
          options={facets.mine}
          optionLabel={() => 'Yours'}
          onChange={(value) => set({ mine: value === 'true' ? true : undefined })}
        />
      ) : null}
      {hasFilters(filters) ? (
        <Button variant="ghost" onClick={() => onChange(withoutFilters(filters))} className="flex-none">
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  /** The first option, for no filter. */
  any: string;
  value: string | undefined;
  options: readonly FacetOption[];
  optionLabel?: (value: string) => string;
  onChange: (value: string | undefined) => void;
}

/** A native select whose options carry their counts; those that would show nothing are disabled. */
function FilterSelect({ id, label, any, value, options, optionLabel = (v) => v, onChange }: FilterSelectProps) {
  // Matched without case or accents, as the filter itself is.
  const current = value === undefined ? undefined : options.find((o) => foldValue(o.value) === foldValue(value));
  return (
    <div className="flex min-w-0 flex-[1_1_10rem] flex-col gap-1.5">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        value={current?.value ?? value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
        className={cn(controlClass, value !== undefined ? 'border-accent font-medium' : 'border-border')}
      >
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.count === 0 && option !== current}>
            {optionLabel(option.value)} ({option.count})
          </option>
        ))}
      </select>
    </div>
  );
}
