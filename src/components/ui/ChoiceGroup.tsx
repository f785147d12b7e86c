/**
 * A group of radios (one value) or checkboxes (several) under a legend, on
 * native inputs so arrow keys, focus and the checked state come from the
 * browser. The inputs are visually hidden; each option's label is the target,
 * lit when checked and ringed when its input has keyboard focus.
 *
 * Layouts: `chips` (rounded pills that wrap), `tiles` (a grid of boxes, with
 * an optional hint under each label) and `segmented` (a compact joined
 * control, for icon choices with a `title`, such as the theme switch).
 */
import { useId, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

// No import of tones.ts here: the header's theme switch is built on this, and tones.ts goes in a
// lazy shared chunk (scripts/chunk-groups.ts) that the first page must not pull in.
export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  /** A tooltip, for a label that is only an icon (with a visually hidden name). */
  title?: string;
}

interface BaseProps<T extends string> {
  legend: ReactNode;
  /** Keep the legend for screen readers only, where the choices explain themselves. */
  legendHidden?: boolean;
  options: readonly Choice<T>[];
  layout?: 'chips' | 'tiles' | 'segmented';
  description?: ReactNode;
  error?: ReactNode;
  className?: string;
}

export type ChoiceGroupProps<T extends string> = BaseProps<T> &
  (
    | { type: 'radio'; value: T; onChange: (value: T) => void }
    | { type: 'checkbox'; value: readonly T[]; onChange: (value: T[]) => void }
  );

const focusRing = 'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus';

const layouts = {
  chips: {
    list: 'mt-3 flex flex-wrap gap-2',
    option: cn(
      'inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border border-border bg-surface px-3.5 text-sm font-medium transition select-none hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent',
      focusRing,
    ),
  },
  tiles: {
    list: 'mt-3 grid gap-2 sm:grid-cols-[repeat(auto-fit,minmax(8rem,1fr))]',
    option: cn(
      'flex min-h-11 cursor-pointer flex-col justify-center rounded-lg border border-border bg-surface px-3 py-2 text-sm transition select-none hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent',
      focusRing,
    ),
  },
  segmented: {
    list: 'flex items-center rounded-lg border border-border bg-surface p-0.5',
    option:
      'relative inline-flex size-8 cursor-pointer items-center justify-center rounded-md text-fg-muted transition hover:text-fg has-checked:bg-accent-soft has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-focus',
  },
} as const;

export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { legend, legendHidden = false, options, layout = 'chips', description, error, className } = props;
  const name = useId();
  const describedBy =
    [description ? `${name}-description` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const segmented = layout === 'segmented';

  const checked = (value: T) => (props.type === 'radio' ? props.value === value : props.value.includes(value));
  const change = (value: T, on: boolean) => {
    if (props.type === 'radio') props.onChange(value);
    else props.onChange(on ? [...props.value, value] : props.value.filter((v) => v !== value));
  };

  const inputs = options.map((option) => (
    <label key={option.value} title={option.title} className={layouts[layout].option}>
      <input
        type={props.type}
        name={name}
        value={option.value}
        checked={checked(option.value)}
        onChange={(event) => change(option.value, event.target.checked)}
        className="sr-only"
      />
      {segmented ? option.label : <span className="font-semibold">{option.label}</span>}
      {option.hint ? <span className="text-xs text-fg-muted">{option.hint}</span> : null}
    </label>
  ));

  return (
    <fieldset aria-describedby={describedBy} className={cn('min-w-0', segmented && layouts.segmented.list, className)}>
      <legend className={legendHidden ? 'sr-only' : 'text-sm font-semibold'}>{legend}</legend>
      {segmented ? inputs : <div className={layouts[layout].list}>{inputs}</div>}
      {description ? (
        <p id={`${name}-description`} className="mt-3 text-sm text-fg-muted">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className={'mt-3 text-sm font-medium text-danger'}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
