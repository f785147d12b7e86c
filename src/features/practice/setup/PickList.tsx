import type { Ref } from 'react';

import { cn } from '@/lib/cn';

import { CheckMark, FieldError, legendClass } from './parts';

export interface PickItem {
  key: string;
  label: string;
  /** Under the label on a card (how many questions), beside it on a chip (the count). */
  meta: string;
  checked: boolean;
}

interface PickListProps {
  legend: string;
  /** A line under the legend: why the choice is what it is. */
  note?: string | null;
  fieldsetRef: Ref<HTMLFieldSetElement>;
  /** Cards for a few long names (guides), chips for many short ones (categories). */
  variant: 'card' | 'chip';
  items: readonly PickItem[];
  onToggle: (key: string, on: boolean) => void;
  onAll: (on: boolean) => void;
  /** Said instead of the list when there is nothing to choose. */
  empty: string;
  error: string | undefined;
  errorId: string;
}

const LIST_CLASS = {
  card: 'grid max-h-[26rem] gap-2 overflow-y-auto p-0.5 pt-3.5 sm:grid-cols-2',
  chip: 'flex flex-wrap gap-2 pt-3',
};

/** A fieldset of checkboxes with "Select all"/"Clear all" beside its legend (the guides, the categories). */
export function PickList({
  legend,
  note,
  fieldsetRef,
  variant,
  items,
  onToggle,
  onAll,
  empty,
  error,
  errorId,
}: PickListProps) {
  const allChosen = items.every((item) => item.checked);
  const Item = variant === 'card' ? CardItem : ChipItem;
  return (
    <fieldset ref={fieldsetRef} aria-describedby={error ? errorId : undefined} className="min-w-0">
      {/* A floated legend lays out like any block, so a control can sit beside it. */}
      <legend className={cn(legendClass, 'float-left')}>{legend}</legend>
      {items.length > 1 ? (
        <button
          type="button"
          onClick={() => onAll(!allChosen)}
          // Floated beside the (floated) legend, which has to stay the fieldset's first child to name it.
          className="float-right -mt-1.5 min-h-9 rounded-md px-1 text-sm font-medium text-accent hover:underline"
        >
          {allChosen ? 'Clear all' : 'Select all'}
        </button>
      ) : null}
      {note ? <p className="clear-both pt-1 text-sm text-fg-muted">{note}</p> : null}
      {items.length === 0 ? (
        <p className="clear-both pt-3 text-sm text-fg-muted">{empty}</p>
      ) : (
        <ul className={cn('clear-both', LIST_CLASS[variant])}>
          {items.map((item) => (
            <li key={item.key}>
              <Item item={item} onChange={(on) => onToggle(item.key, on)} />
            </li>
          ))}
        </ul>
      )}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}

export interface ItemProps {
  item: PickItem;
  onChange: (on: boolean) => void;
}

export function CardItem({ item, onChange }: ItemProps) {
  return (
    <label className="grid h-full cursor-pointer grid-cols-[auto_minmax(0,1fr)] content-start gap-x-3 rounded-xl border border-border p-3.5 transition hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
      <input
        type="checkbox"
        checked={item.checked}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5 size-4.5 accent-accent focus-visible:outline-none"
      />
      <span className="leading-snug font-medium text-pretty">{item.label}</span>
      <span className="col-start-2 mt-0.5 text-sm text-fg-muted">{item.meta}</span>
    </label>
  );
}

function ChipItem({ item, onChange }: ItemProps) {
  return (
    <label className="group inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border border-border bg-surface px-3.5 text-sm font-medium transition select-none hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
      <input
        type="checkbox"
        className="sr-only"
        checked={item.checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <CheckMark />
      {item.label}
      <span className="text-xs text-fg-muted tabular-nums">{item.meta}</span>
    </label>
  );
}
