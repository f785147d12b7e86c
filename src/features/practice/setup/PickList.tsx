import type { ReactNode, Ref } from 'react';

import { cn } from '@/lib/cn';

import { FieldError, legendClass } from './parts';

interface PickListProps<T> {
  legend: string;
  fieldsetRef: Ref<HTMLFieldSetElement>;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Every item is ticked: the shortcut button clears them rather than selecting them all. */
  allChosen: boolean;
  onAll: (on: boolean) => void;
  /** Said instead of the list when there is nothing to choose. */
  empty: string;
  listClassName: string;
  error: string | undefined;
  errorId: string;
}

/** A fieldset of checkboxes with "Select all"/"Clear all" beside its legend (the guides, the categories). */
export function PickList<T>(props: PickListProps<T>) {
  const { legend, fieldsetRef, items, itemKey, renderItem, allChosen, onAll, empty, listClassName, error, errorId } =
    props;
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
      {items.length === 0 ? (
        <p className="clear-both pt-3 text-sm text-fg-muted">{empty}</p>
      ) : (
        <ul className={cn('clear-both', listClassName)}>
          {items.map((item) => (
            <li key={itemKey(item)}>{renderItem(item)}</li>
          ))}
        </ul>
      )}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}
