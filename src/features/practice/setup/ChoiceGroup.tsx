import { useId } from 'react';

import { cn } from '@/lib/cn';

import type { Choice } from './options';
import { legendClass } from './parts';
import type { SetupAction, SetupChoices } from './setup-form';
import type { SetupForm } from './useSetupForm';

interface ChoiceGroupProps<T> {
  legend: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  columns: 2 | 3 | 4;
  description?: string | undefined;
}

/** Radio buttons drawn as tiles, with an optional hint under each label. */
export function ChoiceGroup<T extends string | number>(props: ChoiceGroupProps<T>) {
  const { legend, choices, value, onChange, columns, description } = props;
  const name = useId();
  const hasHints = choices.some((c) => c.hint);
  return (
    <fieldset className="min-w-0" aria-describedby={description ? `${name}-description` : undefined}>
      <legend className={legendClass}>{legend}</legend>
      <div
        className={cn(
          'mt-3 grid gap-2',
          columns === 4 && 'grid-cols-4',
          columns === 3 && (hasHints ? 'sm:grid-cols-3' : 'grid-cols-3'),
          columns === 2 && 'grid-cols-2',
        )}
      >
        {choices.map((choice) => (
          <label
            key={String(choice.value)}
            className={cn(
              'flex min-h-11 cursor-pointer flex-col justify-center rounded-lg border border-border bg-surface px-3 py-2 text-sm transition select-none hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              hasHints ? 'items-start text-left' : 'items-center text-center',
            )}
          >
            <input
              type="radio"
              name={name}
              value={String(choice.value)}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
              className="sr-only"
            />
            <span className="font-semibold">{choice.label}</span>
            {choice.hint ? <span className="mt-0.5 text-xs text-fg-muted">{choice.hint}</span> : null}
          </label>
        ))}
      </div>
      {description ? (
        <p id={`${name}-description`} className="mt-3 text-sm text-fg-muted">
          {description}
        </p>
      ) : null}
    </fieldset>
  );
}

type FormChoiceProps<K extends keyof SetupChoices> = Omit<ChoiceGroupProps<SetupChoices[K]>, 'value' | 'onChange'> & {
  form: SetupForm;
  field: K;
};

/** A ChoiceGroup bound to one of the form's radio choices. */
export function FormChoice<K extends keyof SetupChoices>({ form, field, ...group }: FormChoiceProps<K>) {
  // TypeScript cannot narrow the action union for a generic field; the props tie the value to it.
  const choose = (value: SetupChoices[K]) => form.dispatch({ type: 'choose', field, value } as SetupAction);
  return <ChoiceGroup {...group} value={form.state[field]} onChange={choose} />;
}
