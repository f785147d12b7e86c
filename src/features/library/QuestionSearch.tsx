import { useNavigate } from '@tanstack/react-router';
import {
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';

import { Icon } from '@/components/ui/Icon';
import { Kbd } from '@/components/ui/Kbd';
import type { SearchEntry } from '@/content/types';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';
import { loadSearchIndex } from '@/lib/question-bank';
import { isTextEntryTarget, matchesShortcut } from '@/lib/shortcuts';

import {
  highlightRuns,
  indexEntries,
  MIN_QUERY_LENGTH,
  queryTerms,
  searchQuestions,
  type IndexedEntry,
} from './search';

const MAX_RESULTS = 8;

type IndexState =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; entries: IndexedEntry[] } | { status: 'error' };

/**
 * Search across every question in the bank, as an ARIA 1.2 combobox: focus
 * stays in the input while arrow keys move through the results
 * (aria-activedescendant), Enter opens the highlighted question, Escape
 * closes the list and a second Escape clears the query. The index is a
 * separate chunk, fetched the first time the field is focused or typed in.
 */
export function QuestionSearch() {
  const navigate = useNavigate();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [index, setIndex] = useState<IndexState>({ status: 'idle' });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Typing stays responsive on a large bank: matching trails the input.
  const deferredQuery = useDeferredValue(query);

  const loadIndex = () => {
    if (index.status === 'loading' || index.status === 'ready') return;
    setIndex({ status: 'loading' });
    loadSearchIndex().then(
      (entries) => setIndex({ status: 'ready', entries: indexEntries(entries) }),
      () => setIndex({ status: 'error' }),
    );
  };

  const matches = useMemo(
    () => (index.status === 'ready' ? searchQuestions(index.entries, deferredQuery) : []),
    [index, deferredQuery],
  );
  const results = matches.slice(0, MAX_RESULTS);
  const tooShort = queryTerms(query).join('').length < MIN_QUERY_LENGTH;
  const expanded = open && !tooShort;
  const activeIndex = Math.min(active, results.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;

  const onGlobalKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || !matchesShortcut(event, 'search') || isTextEntryTarget(event.target)) return;
    // A modal dialog above the page owns the keyboard.
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    inputRef.current?.focus();
  });

  useEffect(() => {
    window.addEventListener('keydown', onGlobalKeyDown);
    return () => window.removeEventListener('keydown', onGlobalKeyDown);
  }, []);

  useEffect(() => {
    if (!expanded || activeIndex < 0) return;
    // jsdom has no scrollIntoView.
    document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on id, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expanded, activeIndex]);

  const openQuestion = (entry: SearchEntry) => {
    setOpen(false);
    void navigate({ to: '/questions/$id', params: { id: entry.id } });
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        loadIndex();
        if (!open) {
          setOpen(true);
          setActive(event.key === 'ArrowDown' ? 0 : results.length - 1);
          return;
        }
        if (results.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + results.length) % results.length);
        return;
      }
      case 'Enter': {
        const entry = expanded ? results[activeIndex] : undefined;
        if (!entry) return;
        event.preventDefault();
        openQuestion(entry);
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        return;
    }
  };

  const status =
    index.status === 'error'
      ? 'Search is unavailable right now. Try again later.'
      : index.status !== 'ready' || query !== deferredQuery
        ? 'Searching…'
        : matches.length === 0
          ? `No questions match “${query.trim()}”.`
          : matches.length > results.length
            ? `Showing ${results.length} of ${plural(matches.length, 'matching question')}. Keep typing to narrow it down.`
            : `${plural(matches.length, 'matching question')}.`;

  return (
    <div
      className="relative"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search all questions
      </label>
      <div className="relative">
        <Icon
          name="search"
          className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-fg-muted"
        />
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          inputMode="search"
          enterKeyHint="search"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          placeholder="Search all questions…"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onFocus={loadIndex}
          onChange={(event) => {
            loadIndex();
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          className="min-h-13 w-full rounded-xl border border-border bg-surface pr-12 pl-12 text-base shadow-sm transition outline-none placeholder:text-fg-muted hover:border-accent/60 focus:border-accent focus:ring-4 focus:ring-accent/15"
        />
        {/* The hint is for keyboards, so it is left off narrow (touch) screens. */}
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-4 hidden -translate-y-1/2 sm:block"
        >
          <Kbd>/</Kbd>
        </span>
      </div>
      <p id={`${id}-hint`} className="sr-only">
        Type at least {MIN_QUERY_LENGTH} characters. Use the up and down arrows to choose a question and Enter to open
        it.
      </p>

      <div
        className={cn(
          'absolute inset-x-0 top-full z-30 mt-2 overflow-hidden rounded-xl border border-border bg-surface shadow-lg',
          !expanded && 'hidden',
        )}
      >
        <ul
          id={`${id}-listbox`}
          role="listbox"
          aria-label="Matching questions"
          className={cn('max-h-[min(24rem,60dvh)] overflow-y-auto p-1.5', results.length === 0 && 'hidden')}
        >
          {expanded
            ? results.map((entry, i) => (
                // The keyboard stays in the combobox (arrows and Enter), as the
                // ARIA pattern prescribes; the click is for pointers.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={entry.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === activeIndex}
                  // Keep focus in the input; the click then opens the question.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => openQuestion(entry)}
                  onMouseMove={() => i !== activeIndex && setActive(i)}
                  className="flex cursor-pointer flex-col gap-1 rounded-lg px-3 py-2.5 aria-selected:bg-accent-soft"
                >
                  <span className="text-sm leading-snug font-medium text-pretty">
                    {highlightRuns(entry.text, deferredQuery).map((run, r) =>
                      run.match ? (
                        <mark key={r} className="rounded-sm bg-transparent font-bold text-accent">
                          {run.text}
                        </mark>
                      ) : (
                        run.text
                      ),
                    )}
                  </span>
                  <span className="truncate text-xs text-fg-muted">
                    {entry.guideTitle} · {entry.category}
                  </span>
                </li>
              ))
            : null}
        </ul>
        <p
          aria-hidden="true"
          className={cn(
            'px-4 text-fg-muted',
            results.length > 0 ? 'border-t border-border py-2.5 text-xs' : 'py-4 text-center text-sm',
          )}
        >
          {status}
        </p>
      </div>
      {/* Outside the popup, which is display:none while closed: a live
          region must already be rendered for its changes to be announced. */}
      <p role="status" className="sr-only">
        {expanded ? status : ''}
      </p>
    </div>
  );
}
