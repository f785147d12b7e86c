/**
 * A searchable single choice: the ARIA 1.2 combobox pattern (an editable
 * input with a listbox popup, list autocomplete). Focus stays in the input;
 * the highlighted option is `aria-activedescendant`.
 *
 * Keys: Down/Up open the list and move through it, Home/End go to the first
 * or last option while it is open (in the text while it is closed), Enter
 * chooses the highlighted option, Escape closes the list (and, once closed,
 * puts back the chosen value's text). Typing filters the options by their
 * label, ignoring case and accents. Disabled options (`aria-disabled`) can
 * be reached, so a screen reader hears that they exist, but not chosen; they
 * are listed after the others. The popup is only rendered while open.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import { cn } from '@/lib/cn';

import { Icon } from './Icon';

export interface ComboboxOption {
  value: string;
  label: string;
  /** Shown at the end of the option, e.g. how many items it gives. */
  count?: number;
  disabled?: boolean;
}

export interface ComboboxProps {
  /** The visible label, which names the input. */
  label: string;
  labelClassName?: string;
  options: readonly ComboboxOption[];
  /** The chosen value, or undefined for none. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  /** Shown in the empty input when nothing is chosen ("All tags"). */
  placeholder?: string;
  /** How a count is read out after the label (", 12 guides"); the number alone when absent. */
  countText?: (count: number) => string;
  /** The clear button's name ("Clear tag"). */
  clearLabel?: string;
  /** Said when typing matches no option. */
  noMatches?: string;
  className?: string;
  /** Highlights the input as set, like the other filters. */
  inputClassName?: string;
}

/** Case and accents folded (the options' labels are matched against the typed text with it). */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function Combobox({
  label,
  labelClassName,
  options,
  value,
  onChange,
  placeholder,
  countText = String,
  clearLabel = `Clear ${label.toLowerCase()}`,
  noMatches = 'Nothing matches',
  className,
  inputClassName,
}: ComboboxProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  /** The text typed since the last choice; null shows the chosen option's label. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);

  const selected = value === undefined ? undefined : options.find((o) => o.value === value);
  const shown = useMemo(() => {
    const q = query === null ? '' : fold(query.trim());
    const matching = q ? options.filter((o) => fold(o.label).includes(q)) : options;
    return [...matching.filter((o) => !o.disabled), ...matching.filter((o) => o.disabled)];
  }, [options, query]);
  const activeIndex = open ? Math.min(active, shown.length - 1) : -1;
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (activeIndex < 0) return;
    // jsdom has no scrollIntoView.
    listRef.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const openAt = (index: number) => {
    setOpen(true);
    setActive(index);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };
  const choose = (option: ComboboxOption | undefined) => {
    if (!option || option.disabled) return;
    close();
    if (option.value !== value) onChange(option.value);
  };
  /** Where the list opens: on the chosen option, else the first. */
  const startIndex = () => Math.max(0, selected ? shown.indexOf(selected) : 0);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open || activeIndex < 0) openAt(event.altKey || !open ? startIndex() : 0);
        else setActive(Math.min(last, activeIndex + 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!open || activeIndex < 0) openAt(open ? last : startIndex());
        else setActive(Math.max(0, activeIndex - 1));
        return;
      case 'Home':
      case 'End':
        if (!open || shown.length === 0) return;
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : last);
        return;
      case 'Enter':
        if (!open || activeIndex < 0) return;
        event.preventDefault();
        choose(shown[activeIndex]);
        return;
      case 'Escape':
        if (!open && query === null) return;
        event.preventDefault();
        close();
        return;
      case 'Tab':
        close();
        return;
    }
  };

  const expanded = open && shown.length > 0;
  const status = !open
    ? ''
    : shown.length === 0
      ? noMatches
      : `${shown.length} ${shown.length === 1 ? 'option' : 'options'}`;

  return (
    <div
      className={cn('relative flex min-w-0 flex-col gap-1.5', className)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close();
      }}
    >
      <label htmlFor={`${id}-input`} className={labelClassName}>
        {label}
      </label>
      <div className="relative">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={placeholder}
          value={query ?? selected?.label ?? value ?? ''}
          onChange={(event) => {
            setQuery(event.target.value);
            openAt(event.target.value.trim() ? 0 : -1);
          }}
          onClick={() => (open ? close() : openAt(startIndex()))}
          onKeyDown={onKeyDown}
          className={cn(
            'min-h-11 w-full truncate rounded-lg border border-border bg-surface pr-16 pl-3 text-base text-fg shadow-sm transition outline-none placeholder:text-fg-muted hover:border-accent focus:border-accent focus:ring-4 focus:ring-accent/15 sm:text-sm',
            inputClassName,
          )}
        />
        <div className="absolute inset-y-0 right-1 flex items-center">
          {value !== undefined ? (
            <button
              type="button"
              aria-label={clearLabel}
              onClick={() => {
                close();
                onChange(undefined);
                inputRef.current?.focus();
              }}
              className="grid size-9 place-items-center rounded-md text-fg-muted hover:bg-surface-muted hover:text-fg"
            >
              <Icon name="close" />
            </button>
          ) : null}
          {/* A pointer's way to open the list; the keyboard has the arrows. */}
          <button
            type="button"
            tabIndex={-1}
            aria-label={`Show ${label.toLowerCase()} options`}
            aria-expanded={expanded}
            aria-controls={`${id}-listbox`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              inputRef.current?.focus();
              if (open) close();
              else openAt(startIndex());
            }}
            className="grid size-7 place-items-center rounded-md text-fg-muted hover:text-fg"
          >
            <Icon name="chevronRight" className={cn('transition-transform', open ? '-rotate-90' : 'rotate-90')} />
          </button>
        </div>
      </div>
      <ul
        ref={listRef}
        id={`${id}-listbox`}
        role="listbox"
        aria-label={label}
        className={cn(
          'absolute inset-x-0 top-full z-30 mt-1 max-h-[min(20rem,50dvh)] overflow-y-auto rounded-xl border border-border bg-surface p-1.5 shadow-lg',
          !expanded && 'hidden',
        )}
      >
        {expanded
          ? shown.map((option, i) => (
              // Keys stay in the input (the ARIA pattern); the click is for pointers.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={option.value}
                id={optionId(i)}
                data-index={i}
                role="option"
                aria-selected={i === activeIndex}
                aria-disabled={option.disabled ? true : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onMouseMove={() => i !== activeIndex && setActive(i)}
                className={cn(
                  'flex min-h-10 items-center justify-between gap-3 rounded-lg px-3 py-2 text-sm',
                  option.disabled ? 'cursor-not-allowed text-fg-muted opacity-60' : 'cursor-pointer',
                  i === activeIndex && 'bg-accent-soft',
                  // The chosen one, told apart from the highlighted one by weight.
                  option.value === value && 'font-semibold text-accent',
                )}
              >
                <span className="min-w-0 truncate">{option.label}</span>
                {option.count !== undefined ? (
                  <>
                    <span aria-hidden="true" className="flex-none text-xs text-fg-muted tabular-nums">
                      {option.count}
                    </span>
                    <span className="sr-only">, {countText(option.count)}</span>
                  </>
                ) : null}
              </li>
            ))
          : null}
      </ul>
      {open && shown.length === 0 ? (
        <p
          aria-hidden="true"
          className="absolute inset-x-0 top-full z-30 mt-1 rounded-xl border border-border bg-surface px-4 py-3 text-sm text-fg-muted shadow-lg"
        >
          {noMatches}
        </p>
      ) : null}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
