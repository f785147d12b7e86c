/**
 * A labelled form control with its hint and error wired up: the label names
 * the control (`htmlFor`), the hint and the error describe it
 * (`aria-describedby`), and an error marks it `aria-invalid`. The control
 * itself is the caller's, given the props to spread:
 *
 *   <Field label="To" hint="Newest first">
 *     {(control) => <select {...control} className={fieldControlClass}>…</select>}
 *   </Field>
 */
import { useId, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the control and read with it; marks the control invalid. */
  error?: ReactNode;
  /** The control's id, when the caller needs it; made up otherwise. */
  id?: string;
  className?: string;
  /** Replaces the label's own classes (size, weight), e.g. for an upper-case filter label. */
  labelClassName?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The look of a text input or select: a 44 px target on the surface, red when
 * invalid; 16 px text on phones, where smaller makes iOS zoom in on focus.
 */
export const fieldControlClass =
  'block min-h-11 w-full rounded-lg border border-border bg-surface px-3 text-base text-fg shadow-sm aria-invalid:border-danger sm:text-sm';

export function Field({ label, hint, error, id, className, labelClassName, children }: FieldProps) {
  const madeId = useId();
  const controlId = id ?? madeId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('min-w-0 space-y-1.5', className)}>
      <label htmlFor={controlId} className={labelClassName ?? 'block text-sm font-medium'}>
        {label}
      </label>
      {children({ id: controlId, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint ? (
        <p id={hintId} className="text-sm text-fg-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={'text-sm font-medium text-danger'}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
