import { useId } from 'react';

import { Card } from '@/components/ui/Card';
import { MAX_COUNT, MIN_COUNT } from '@/domain/selection';

import { FormChoice } from './ChoiceGroup';
import { GuidePicker } from './GuidePicker';
import { ORDER_CHOICES } from './options';
import { FieldError, legendClass } from './parts';
import { PickList } from './PickList';
import type { SetupForm } from './useSetupForm';

/** What to practise: guides, their categories, how many questions and in what order. */
export function SelectionFields({ form }: { form: SetupForm }) {
  const { state, derived, dispatch, categoriesRef } = form;
  const categories = derived.offered.map(({ name, count }) => ({
    key: name,
    label: name,
    meta: String(count),
    checked: derived.categories.includes(name),
  }));
  return (
    <>
      <Card padding="xl">
        <GuidePicker form={form} />
      </Card>
      <Card padding="xl">
        <PickList
          legend="Categories"
          fieldsetRef={categoriesRef}
          variant="chip"
          items={categories}
          onToggle={(name, on) => dispatch({ type: 'toggleCategory', name, on })}
          onAll={(on) => dispatch({ type: 'setAllCategories', on })}
          empty="Choose a guide to see its categories."
          error={state.errors.categories}
          errorId="setup-categories-error"
        />
      </Card>
      <Card padding="xl" className="grid gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
        <CountField form={form} />
        <FormChoice form={form} field="order" legend="Order" choices={ORDER_CHOICES} columns={2} />
      </Card>
    </>
  );
}

function CountField({ form }: { form: SetupForm }) {
  const { state, derived, dispatch, countRef } = form;
  const id = useId();
  const error = state.errors.count;
  return (
    <div>
      <label htmlFor={id} className={legendClass}>
        Questions
      </label>
      <div className="mt-3 flex items-center gap-3">
        <input
          ref={countRef}
          id={id}
          type="number"
          inputMode="numeric"
          min={MIN_COUNT}
          max={MAX_COUNT}
          value={state.countText}
          onChange={(event) => dispatch({ type: 'setCount', text: event.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          className="h-11 w-20 rounded-lg border border-border bg-bg px-3 text-base font-semibold tabular-nums aria-invalid:border-danger"
        />
        <span id={`${id}-hint`} className="text-sm text-fg-muted">
          of {derived.matching} matching
        </span>
      </div>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}
