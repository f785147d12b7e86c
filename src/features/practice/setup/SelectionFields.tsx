import { useId } from 'react';

import { MAX_COUNT, MIN_COUNT } from '@/domain/selection';
import { cn } from '@/lib/cn';

import { ChoiceGroup } from './ChoiceGroup';
import { ORDER_CHOICES } from './options';
import { cardClass, CheckMark, FieldError, legendClass } from './parts';
import { PickList } from './PickList';
import type { SetupForm } from './useSetupForm';

/** What to practise: guides, their categories, how many questions and in what order. */
export function SelectionFields({ form }: { form: SetupForm }) {
  const { state, derived, dispatch, guidesRef, categoriesRef } = form;
  const { guides, guideSlugs, errors } = state;
  return (
    <>
      <div className={cardClass}>
        <PickList
          legend="Guides"
          fieldsetRef={guidesRef}
          items={guides}
          itemKey={(guide) => guide.slug}
          renderItem={(guide) => (
            <GuideCheck
              checked={guideSlugs.includes(guide.slug)}
              onChange={(on) => dispatch({ type: 'toggleGuide', slug: guide.slug, on })}
              label={guide.title}
              meta={`${guide.questionCount} question${guide.questionCount === 1 ? '' : 's'}`}
            />
          )}
          allChosen={guideSlugs.length === guides.length}
          onAll={(on) => dispatch({ type: 'setAllGuides', on })}
          empty="There are no guides in the library yet."
          listClassName="grid max-h-[26rem] gap-2 overflow-y-auto p-0.5 pt-3.5 sm:grid-cols-2"
          error={errors.guides}
          errorId="setup-guides-error"
        />
      </div>

      <div className={cardClass}>
        <PickList
          legend="Categories"
          fieldsetRef={categoriesRef}
          items={derived.offered}
          itemKey={(category) => category.name}
          renderItem={({ name, count }) => (
            <CategoryChip
              checked={derived.categories.includes(name)}
              onChange={(on) => dispatch({ type: 'toggleCategory', name, on })}
              label={name}
              count={count}
            />
          )}
          allChosen={derived.categories.length === derived.offered.length}
          onAll={(on) => dispatch({ type: 'setAllCategories', on })}
          empty="Choose a guide to see its categories."
          listClassName="flex flex-wrap gap-2 pt-3"
          error={errors.categories}
          errorId="setup-categories-error"
        />
      </div>

      <div className={cn(cardClass, 'grid gap-6 md:grid-cols-[12rem_minmax(0,1fr)]')}>
        <CountField form={form} />
        <ChoiceGroup
          legend="Order"
          choices={ORDER_CHOICES}
          value={state.order}
          onChange={(value) => dispatch({ type: 'choose', field: 'order', value })}
          columns={2}
        />
      </div>
    </>
  );
}

interface CheckProps {
  checked: boolean;
  onChange: (on: boolean) => void;
  label: string;
}

function GuideCheck({ checked, onChange, label, meta }: CheckProps & { meta: string }) {
  return (
    <label className="grid h-full cursor-pointer grid-cols-[auto_minmax(0,1fr)] content-start gap-x-3 rounded-xl border border-border p-3.5 transition hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5 size-4.5 accent-accent focus-visible:outline-none"
      />
      <span className="leading-snug font-medium text-pretty">{label}</span>
      <span className="col-start-2 mt-0.5 text-sm text-fg-muted">{meta}</span>
    </label>
  );
}

function CategoryChip({ checked, onChange, label, count }: CheckProps & { count: number }) {
  return (
    <label className="group inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border border-border bg-surface px-3.5 text-sm font-medium transition select-none hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
      <input
        type="checkbox"
        className="sr-only"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <CheckMark />
      {label}
      <span className="text-xs text-fg-muted tabular-nums">{count}</span>
    </label>
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
          className="h-11 w-20 rounded-lg border border-border bg-bg px-3 text-base font-semibold tabular-nums aria-invalid:border-[color:light-dark(#dc2626,#f87171)]"
        />
        <span id={`${id}-hint`} className="text-sm text-fg-muted">
          of {derived.matching} matching
        </span>
      </div>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}
