import { useNavigate } from '@tanstack/react-router';
import {
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';

import { Icon } from '@/components/ui/Icon';
import { Kbd } from '@/components/ui/Kbd';
import { cn } from '@/lib/cn';
import { formatCount, plural } from '@/lib/format';
import type { SearchHit } from '@/lib/search';
import { isTextEntryTarget, matchesShortcut } from '@/lib/shortcuts';

import { groupByGuide, isSearchable, MIN_QUERY_LENGTH, POPUP_LIMIT } from './search';
import { Highlight, HitMarkers, prefetchSearchEngine, useBankSearch, useDelayedFlag } from './search-results';

/** One row of the popup: a hit, or the last row that opens every result on /search. */
type Item = { kind: 'hit'; hit: SearchHit } | { kind: 'all' };

/**
 * Search across the bank (questions, model answers, guides, the user's notes)
 * as an ARIA 1.2 combobox: focus stays in the input while the arrow keys move
 * through the best few results, grouped by guide (aria-activedescendant).
 * Enter opens the highlighted result; the last row, Ctrl/⌘+Enter, or Enter
 * before any result is highlighted opens every result on /search. Escape
 * closes the list and a second Escape clears the query. The engine is a lazy
 * chunk, fetched the first time the field is focused or typed in.
 */
export function QuestionSearch() {
  const navigate = useNavigate();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Typing stays responsive on a large bank: searching trails the input.
  const deferredQuery = useDeferredValue(query);
  const search = useBankSearch(deferredQuery, POPUP_LIMIT);

  const hits = search.results?.hits ?? [];
  const groups = groupByGuide(hits.slice(0, POPUP_LIMIT));
  // The keyboard order is the order on screen: group by group, then "See all".
  const items: Item[] = groups.flatMap((group) => group.hits.map((hit): Item => ({ kind: 'hit', hit })));
  if (hits.length > 0) items.push({ kind: 'all' });

  const searchable = isSearchable(query);
  const expanded = open && searchable;
  const activeIndex = Math.min(active, items.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;
  const slow = useDelayedFlag(search.status === 'pending');

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

  const seeAll = () => {
    setOpen(false);
    void navigate({ to: '/search', search: { q: query.trim() } });
  };

  const choose = (item: Item) => {
    if (item.kind === 'all') return seeAll();
    setOpen(false);
    if (item.hit.kind === 'guide') void navigate({ to: '/guides/$slug', params: { slug: item.hit.guideSlug } });
    else void navigate({ to: '/questions/$id', params: { id: item.hit.id } });
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        prefetchSearchEngine();
        if (!open) {
          setOpen(true);
          setActive(event.key === 'ArrowDown' ? 0 : items.length - 1);
          return;
        }
        if (items.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + items.length) % items.length);
        return;
      }
      case 'Enter': {
        if (!searchable) return;
        event.preventDefault();
        // Results still on their way (or for an older query) are not what the user saw: show them all instead.
        const item =
          expanded && !event.ctrlKey && !event.metaKey && search.status === 'ready' ? items[activeIndex] : undefined;
        if (item) choose(item);
        else seeAll();
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

  const count = search.results?.total ?? hits.length;
  const status =
    search.status === 'error'
      ? 'Search is unavailable right now. Check your connection and try again.'
      : search.status !== 'ready'
        ? slow
          ? 'Searching…'
          : ''
        : count === 0
          ? `Nothing matches “${query.trim()}”. Press Enter for search tips.`
          : count > POPUP_LIMIT
            ? `Best ${POPUP_LIMIT} of ${plural(count, 'result')}.`
            : `${plural(count, 'result')}.`;

  let position = -1;
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
          placeholder="Search questions, answers and guides…"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onFocus={prefetchSearchEngine}
          onChange={(event) => {
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
        Type at least {MIN_QUERY_LENGTH} characters. Use the up and down arrows to choose a result and Enter to open it;
        Control or Command with Enter shows all results.
      </p>

      <div
        className={cn(
          'absolute inset-x-0 top-full z-30 mt-2 overflow-hidden rounded-xl border border-border bg-surface shadow-lg',
          (!expanded || (items.length === 0 && !status)) && 'hidden',
        )}
      >
        <div
          id={`${id}-listbox`}
          role="listbox"
          aria-label="Matching questions"
          className={cn(
            'max-h-[min(30rem,50dvh)] overflow-y-auto p-1.5',
            items.length === 0 && 'hidden',
            search.status === 'pending' && 'opacity-70',
          )}
        >
          {expanded
            ? groups.map((group) => (
                <div key={group.guideSlug} role="group" aria-labelledby={`${id}-group-${group.guideSlug}`}>
                  <div
                    role="presentation"
                    id={`${id}-group-${group.guideSlug}`}
                    className="truncate px-3 pt-2.5 pb-1 text-xs font-semibold text-fg-muted"
                  >
                    {group.guideTitle}
                  </div>
                  {group.hits.map((hit) => {
                    const i = ++position;
                    return (
                      <Option
                        key={hit.id}
                        id={optionId(i)}
                        selected={i === activeIndex}
                        onChoose={() => choose({ kind: 'hit', hit })}
                        onHover={() => i !== activeIndex && setActive(i)}
                      >
                        <span
                          className={cn(
                            'text-sm leading-snug text-pretty',
                            hit.kind === 'guide' ? 'line-clamp-2 text-fg-muted' : 'font-medium',
                          )}
                        >
                          <Highlight text={hit.text} terms={hit.terms} engine={search.engine} />
                        </span>
                        <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-fg-muted">
                          {hit.kind === 'question' ? (
                            <span>
                              {hit.category} · Q{hit.number}
                            </span>
                          ) : null}
                          <HitMarkers hit={hit} />
                        </span>
                      </Option>
                    );
                  })}
                </div>
              ))
            : null}
          {expanded && count > 0 ? (
            <Option
              id={optionId(items.length - 1)}
              selected={activeIndex === items.length - 1}
              onChoose={seeAll}
              onHover={() => activeIndex !== items.length - 1 && setActive(items.length - 1)}
              className="sticky bottom-0 mt-1 flex-row items-center justify-between bg-surface font-semibold text-accent ring-1 ring-border aria-selected:bg-accent-soft"
            >
              <span>See all {formatCount(count)} results</span>
              <span className="flex items-center gap-1 text-xs font-normal text-fg-muted" aria-hidden="true">
                <span className="hidden sm:inline">
                  <Kbd>Ctrl/⌘</Kbd> <Kbd>Enter</Kbd>
                </span>
                <Icon name="arrowRight" className="size-4 text-accent" />
              </span>
            </Option>
          ) : null}
        </div>
        {/* With results, "See all N results" says the count; the line is for the other states. */}
        <p
          aria-hidden="true"
          className={cn('px-4 py-4 text-center text-sm text-fg-muted', (items.length > 0 || !status) && 'hidden')}
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

function Option({
  id,
  selected,
  onChoose,
  onHover,
  className,
  children,
}: {
  id: string;
  selected: boolean;
  onChoose: () => void;
  onHover: () => void;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    // The keyboard stays in the combobox (arrows and Enter), as the ARIA
    // pattern prescribes; the click is for pointers.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      // Keep focus in the input; the click then opens the result.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseMove={onHover}
      className={cn(
        'flex cursor-pointer flex-col gap-1 rounded-lg px-3 py-2.5 aria-selected:bg-accent-soft',
        className,
      )}
    >
      {children}
    </div>
  );
}
