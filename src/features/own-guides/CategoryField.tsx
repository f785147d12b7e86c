import { useId } from 'react';

import { Field, fieldControlClass } from '@/components/ui/Field';

import { QUESTION_CATEGORIES } from './written';

const CUSTOM = '\u0000custom';

/** A category: one of the usual five, or a name of one's own ("Custom…" then a text field). */
export function CategoryField({
  value,
  onChange,
  custom,
  onCustomChange,
  error,
  label = 'Category',
}: {
  value: string;
  onChange: (value: string) => void;
  /** Whether the custom name field is showing (kept by the caller, so an empty name stays custom). */
  custom: boolean;
  onCustomChange: (custom: boolean) => void;
  error?: string | null;
  label?: string;
}) {
  const nameId = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label={label}>
        {(control) => (
          <select
            {...control}
            value={custom ? CUSTOM : value}
            onChange={(event) => {
              const next = event.target.value;
              if (next === CUSTOM) {
                onCustomChange(true);
                onChange('');
              } else {
                onCustomChange(false);
                onChange(next);
              }
            }}
            className={fieldControlClass}
          >
            {QUESTION_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
            <option value={CUSTOM}>Custom…</option>
          </select>
        )}
      </Field>
      {custom ? (
        <Field label="Category name" id={nameId} error={error}>
          {(control) => (
            <input
              {...control}
              value={value}
              onChange={(event) => onChange(event.target.value)}
              maxLength={200}
              autoComplete="off"
              className={fieldControlClass}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}

/** Whether `category` is one of the usual five (so the editor opens without the custom field). */
export const isStandardCategory = (category: string) => (QUESTION_CATEGORIES as readonly string[]).includes(category);
