import { Link, useNavigate } from '@tanstack/react-router';
import { useDeferredValue, useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';

import { Button, buttonStyles } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { fieldControlClass } from '@/components/ui/Field';
import { Icon } from '@/components/ui/Icon';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { TextLink } from '@/components/ui/TextLink';
import { cn } from '@/lib/cn';
import { formatCount, plural } from '@/lib/format';
import type { SearchHit } from '@/lib/search';
import { isTextEntryTarget, matchesShortcut } from '@/lib/shortcuts';

import {
  groupByGuide,
  hitsFor,
  isSearchable,
  MIN_QUERY_LENGTH,
  PAGE_SIZE,
  PRACTISE_LIMIT,
  questionIds,
  resultPage,
  type GuideGroup,
} from './search';
import {
  Highlight,
  HitMarkers,
  useBankSearch,
  useDelayedFlag,
  useSeen,
  useSnippet,
  type SearchEngine,
} from './search-results';

export interface SearchPageProps {
  /** The query in the URL. */
  query: string;
  /** 1-based page of results, from the URL. */
  page: number;
  /** The field's text, once the user pauses typing (or submits). */
  onQueryChange: (query: string) => void;
}

/** How long typing pauses before the URL (and so the results) follow the field. */
const TYPING_PAUSE_MS = 250;

/**
 * Every result of a search across the bank, grouped by guide, a page at a
 * time: a question can be opened, or ticked to practise; "Practise these"
 * takes the first 50. An excerpt of the model answer or note is fetched only
 * for the guides that come on screen.
 */
export function SearchPage({ query, page, onQueryChange }: SearchPageProps) {
  const navigate = useNavigate();
  const titleId = useId();
  const fieldId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  // The field leads, the URL follows after a pause; back/forward (a new URL query) resets the field.
  const [text, setText] = useState(query);
  // The last query this page put in the URL: any other new URL query came from elsewhere (back, a link).
  const [sent, setSent] = useState(query);
  const [urlQuery, setUrlQuery] = useState(query);
  if (query !== urlQuery) {
    setUrlQuery(query);
    if (query !== sent) {
      setSent(query);
      setText(query);
    }
  }
  const send = (value: string) => {
    setSent(value.trim());
    onQueryChange(value);
  };
  const sendEvent = useEffectEvent(send);
  useEffect(() => {
    if (text.trim() === query) return;
    const timer = setTimeout(() => sendEvent(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, query]);

  const search = useBankSearch(useDeferredValue(query), hitsFor(page));
  const slow = useDelayedFlag(search.status === 'pending');
  const hits = search.results?.hits ?? [];
  const groups = groupByGuide(hits);
  const total = search.results?.total ?? hits.length;
  const current = resultPage(groups, page, PAGE_SIZE, total);
  const practisable = questionIds(hits);

  // Ticked questions, in the order ticked: they stay ticked across pages and new queries.
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) =>
    setSelected((ids) => (on ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((other) => other !== id)));
  const full = selected.length >= PRACTISE_LIMIT;

  const practise = (ids: string[]) =>
    void navigate({
      to: '/practice/new',
      search: { questions: ids },
    });

  const onGlobalKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || !matchesShortcut(event, 'search') || isTextEntryTarget(event.target)) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    inputRef.current?.focus();
    inputRef.current?.select();
  });
  useEffect(() => {
    window.addEventListener('keydown', onGlobalKeyDown);
    return () => window.removeEventListener('keydown', onGlobalKeyDown);
  }, []);

  // A new page of results: start reading at its summary, at the top.
  const firstPage = useRef(page);
  useEffect(() => {
    if (page === firstPage.current) return;
    firstPage.current = -1;
    summaryRef.current?.focus();
    summaryRef.current?.scrollIntoView?.({ block: 'start' });
  }, [page]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(text);
  };

  const ready = search.status === 'ready';
  const trimmed = query.trim();

  return (
    <section aria-labelledby={titleId} className="space-y-6 pb-24">
      <header className="space-y-4">
        <PageHeading id={titleId}>Search</PageHeading>
        <form role="search" onSubmit={onSubmit} className="flex gap-2">
          <label htmlFor={fieldId} className="sr-only">
            Search all questions
          </label>
          <div className="relative min-w-0 flex-1">
            <Icon
              name="search"
              className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-fg-muted"
            />
            <input
              ref={inputRef}
              id={fieldId}
              type="search"
              enterKeyHint="search"
              autoComplete="off"
              spellCheck={false}
              placeholder="Questions, model answers, guides, your notes…"
              value={text}
              onChange={(event) => setText(event.target.value)}
              className={cn(fieldControlClass, 'min-h-12 pl-10')}
            />
          </div>
          <Button type="submit" size="lg" className="max-sm:px-4">
            Search
          </Button>
        </form>
      </header>

      {!isSearchable(trimmed) ? (
        <p className="text-fg-muted">
          {trimmed
            ? `Type at least ${MIN_QUERY_LENGTH} letters to search.`
            : 'Search question texts, model answers, guide titles and descriptions, and your own notes.'}
        </p>
      ) : search.status === 'error' ? (
        <Notice tone="danger" title="Search could not load">
          <p className="mt-1">
            {typeof navigator !== 'undefined' && !navigator.onLine
              ? 'You seem to be offline, and the search index is not saved on this device yet.'
              : 'Part of the app did not download: the connection dropped, or a new version was just published.'}{' '}
            Check your connection and try again.
          </p>
          <Button variant="secondary" size="sm" className="mt-3" onClick={search.retry}>
            Retry
          </Button>
        </Notice>
      ) : !search.results ? (
        // Nothing to show yet: say so only if it takes a while, so a quick answer does not flash.
        <p role="status" className="text-fg-muted">
          {slow ? 'Searching…' : ''}
        </p>
      ) : ready && hits.length === 0 ? (
        <NoResults query={trimmed} />
      ) : (
        <div aria-busy={!ready} className={cn('space-y-5 transition-opacity', !ready && 'opacity-60')}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2
              ref={summaryRef}
              tabIndex={-1}
              aria-live="polite"
              aria-atomic="true"
              className="scroll-mt-24 text-lg font-semibold outline-none"
            >
              {plural(total, 'result')} for “{search.results.query}”
            </h2>
            {current.pageCount > 1 ? (
              <p className="text-sm text-fg-muted tabular-nums">
                Showing {formatCount(current.from)}–{formatCount(current.to)}
              </p>
            ) : null}
          </div>

          {current.groups.map((group) => (
            <ResultGroup
              key={`${group.guideSlug}-${current.page}`}
              group={group}
              continued={group.continued}
              engine={search.engine}
              selected={selected}
              full={full}
              onToggle={toggle}
            />
          ))}

          <Pager query={trimmed} page={current.page} pageCount={current.pageCount} />
        </div>
      )}

      {practisable.length > 0 || selected.length > 0 ? (
        <div
          role="group"
          aria-label="Practise from these results"
          className="sticky bottom-0 z-20 -mx-4 border-t border-border bg-surface/95 px-4 py-3 shadow-[0_-4px_12px_-8px_rgb(0_0_0/0.25)] backdrop-blur-sm sm:mx-0 sm:rounded-xl sm:border"
        >
          <div className="flex flex-wrap items-center gap-2">
            <Button
              disabled={selected.length === 0}
              className="max-sm:px-3"
              onClick={() => practise(selected.slice(0, PRACTISE_LIMIT))}
            >
              <Icon name="play" className="max-sm:hidden" />
              Practise selected ({formatCount(selected.length)})
            </Button>
            {ready && practisable.length > 0 ? (
              <Button
                variant="secondary"
                className="max-sm:px-3"
                onClick={() => practise(practisable.slice(0, PRACTISE_LIMIT))}
                title={practisable.length > PRACTISE_LIMIT ? `The first ${PRACTISE_LIMIT} results` : undefined}
              >
                Practise these {formatCount(Math.min(practisable.length, PRACTISE_LIMIT))}
              </Button>
            ) : null}
            {selected.length > 0 ? (
              <Button
                variant="ghost"
                size="sm"
                aria-label="Clear selection"
                title="Clear selection"
                className="px-2"
                onClick={() => setSelected([])}
              >
                <Icon name="close" />
              </Button>
            ) : null}
          </div>
          {full || practisable.length > PRACTISE_LIMIT ? (
            <p className="mt-1.5 text-xs text-fg-muted">
              A session holds at most {PRACTISE_LIMIT} questions
              {full ? ': untick one to choose another.' : `; “Practise these” takes the first ${PRACTISE_LIMIT}.`}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function NoResults({ query }: { query: string }) {
  return (
    <div role="status" className="rounded-2xl border border-dashed border-border px-6 py-10 text-center">
      <h2 className="text-lg font-semibold text-balance">Nothing matches “{query}”</h2>
      <ul className="mx-auto mt-3 max-w-md list-disc space-y-1 pl-5 text-left text-fg-muted">
        <li>Check the spelling of each word.</li>
        <li>Use fewer words: every word must be found.</li>
        <li>Try a more general word (“negotiate” rather than “renegotiation clause”).</li>
        <li>Put a phrase in “double quotes” only when the words must come together.</li>
      </ul>
    </div>
  );
}

function ResultGroup({
  group,
  continued,
  engine,
  selected,
  full,
  onToggle,
}: {
  group: GuideGroup;
  continued: boolean;
  engine: SearchEngine | null;
  selected: readonly string[];
  full: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const headingId = useId();
  const [ref, seen] = useSeen<HTMLElement>();
  return (
    <Card as="section" ref={ref} aria-labelledby={headingId} padding="md" className="space-y-3">
      <h3 id={headingId} className="text-base font-semibold">
        <TextLink to="/guides/$slug" params={{ slug: group.guideSlug }} tone="quiet">
          {group.guideTitle}
        </TextLink>
        {continued ? <span className="ml-2 text-sm font-normal text-fg-muted">(continued)</span> : null}
      </h3>
      <ul className="divide-y divide-border">
        {group.hits.map((hit) => (
          <ResultRow
            key={hit.id}
            hit={hit}
            engine={engine}
            visible={seen}
            checked={selected.includes(hit.id)}
            disabled={full && !selected.includes(hit.id)}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </Card>
  );
}

function ResultRow({
  hit,
  engine,
  visible,
  checked,
  disabled,
  onToggle,
}: {
  hit: SearchHit;
  engine: SearchEngine | null;
  visible: boolean;
  checked: boolean;
  disabled: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const snippet = useSnippet(hit, engine, visible);
  const where = hit.fields.includes('note') && !hit.fields.includes('answer') ? 'Your note' : 'Model answer';
  return (
    <li className="flex items-start gap-3 py-3 first:pt-1 last:pb-0">
      {hit.kind === 'question' ? (
        <input
          type="checkbox"
          aria-label={`Select: ${hit.text}`}
          checked={checked}
          disabled={disabled}
          onChange={(event) => onToggle(hit.id, event.target.checked)}
          className="mt-1 size-5 shrink-0 accent-accent"
        />
      ) : (
        <Icon name="chevronRight" className="mt-1 size-5 shrink-0 text-fg-muted" />
      )}
      <div className="min-w-0 flex-1 space-y-1">
        <p className={cn('leading-snug text-pretty', hit.kind === 'guide' && 'line-clamp-3 text-sm')}>
          {hit.kind === 'question' ? (
            <Link
              to="/questions/$id"
              params={{ id: hit.id }}
              className="font-medium text-fg decoration-accent underline-offset-4 hover:underline"
            >
              <Highlight text={hit.text} terms={hit.terms} engine={engine} />
            </Link>
          ) : (
            <Link
              to="/guides/$slug"
              params={{ slug: hit.guideSlug }}
              className="text-fg decoration-accent underline-offset-4 hover:underline"
            >
              <Highlight text={hit.text} terms={hit.terms} engine={engine} />
            </Link>
          )}
        </p>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-fg-muted">
          {hit.kind === 'question' ? (
            <span>
              {hit.category} · Q{hit.number}
            </span>
          ) : (
            <span>Matched the guide’s title, description or tags</span>
          )}
          <HitMarkers hit={hit} />
        </p>
        {snippet === undefined ? (
          <p
            aria-hidden="true"
            className="h-4 w-3/4 animate-pulse rounded bg-surface-muted motion-reduce:animate-none"
          />
        ) : snippet ? (
          <p className="border-l-2 border-border pl-3 text-sm text-fg-muted">
            <span className="font-medium text-fg">{where}:</span>{' '}
            <Highlight text={snippet} terms={hit.terms} engine={engine} />
          </p>
        ) : null}
      </div>
    </li>
  );
}

function Pager({ query, page, pageCount }: { query: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = (to: number) => ({ to: '/search' as const, search: { q: query, page: to > 1 ? to : undefined } });
  return (
    <nav aria-label="Result pages" className="flex items-center justify-between gap-3 pt-2">
      {page > 1 ? (
        <Link {...link(page - 1)} rel="prev" className={buttonStyles({ variant: 'secondary' })}>
          <Icon name="arrowLeft" />
          Previous
        </Link>
      ) : (
        // Nothing to go back to: a gap keeps the page count centred.
        <span className="w-24" />
      )}
      <span className="text-sm text-fg-muted tabular-nums">
        Page {formatCount(page)} of {formatCount(pageCount)}
      </span>
      {page < pageCount ? (
        <Link {...link(page + 1)} rel="next" className={buttonStyles({ variant: 'secondary' })}>
          Next
          <Icon name="arrowRight" />
        </Link>
      ) : (
        <span className="w-24" />
      )}
    </nav>
  );
}
