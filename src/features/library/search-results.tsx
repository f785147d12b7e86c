/**
 * What the home search and the /search page share: running a query through
 * the search engine (`@/lib/search`, fetched on first use so that it stays off
 * the first page), the highlighted text, the "where it matched" markers and
 * the lazily loaded excerpt of a model answer or note.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

import { Badge } from '@/components/ui/Badge';
import { cn } from '@/lib/cn';
import type * as Search from '@/lib/search';
import type { SearchHit, SearchResults } from '@/lib/search';

import { hitMarkers, isSearchable, wantsSnippet } from './search';

export type SearchEngine = typeof Search;

let enginePending: Promise<SearchEngine> | undefined;

/** The engine's module, fetched once; a failed fetch (offline, a new deploy) is tried again next time. */
export function loadSearchEngine(): Promise<SearchEngine> {
  enginePending ??= import('@/lib/search').catch((error: unknown) => {
    enginePending = undefined;
    throw error;
  });
  return enginePending;
}

/** Starts fetching the engine now (the field got focus): the first query then waits less. */
export function prefetchSearchEngine(): void {
  loadSearchEngine().catch(() => {
    // Reported by the query that needs it.
  });
}

export interface BankSearch {
  /**
   * `idle`: no query worth running; `pending`: the current query is running
   * (`results` may still be the previous query's); `ready`: `results` are the
   * current query's; `error`: the engine or its index did not load.
   */
  status: 'idle' | 'pending' | 'ready' | 'error';
  /** The latest results that arrived, for the current query once `ready`. */
  results: SearchResults | null;
  engine: SearchEngine | null;
  /** Runs the query again (after an error). */
  retry: () => void;
}

interface Settled {
  query: string;
  attempt: number;
  ok: boolean;
}

/**
 * Runs `query` through the engine as it changes; answers to an older query that arrive late are dropped.
 * `limit`: only the best hits (the rest counted in `results.total`): every hit shown needs its row of the
 * index's doc tables, so a common word on a large bank would otherwise fetch all of them.
 */
export function useBankSearch(query: string, limit?: number): BankSearch {
  const trimmed = query.trim();
  const searchable = isSearchable(trimmed);
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  const [latest, setLatest] = useState<{ results: SearchResults; engine: SearchEngine } | null>(null);

  useEffect(() => {
    if (!searchable) return;
    let live = true;
    loadSearchEngine()
      .then((engine) =>
        engine
          .searchBank(trimmed, limit === undefined ? undefined : { limit })
          .then((results) => ({ results, engine })),
      )
      .then(
        (value) => {
          if (!live) return;
          setLatest(value);
          setSettled({ query: trimmed, attempt, ok: true });
        },
        () => {
          if (live) setSettled({ query: trimmed, attempt, ok: false });
        },
      );
    return () => {
      live = false;
    };
  }, [trimmed, searchable, attempt, limit]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled?.query === trimmed && settled.attempt === attempt ? settled : null;
  const status = !searchable ? 'idle' : !current ? 'pending' : current.ok ? 'ready' : 'error';
  return { status, results: latest?.results ?? null, engine: latest?.engine ?? null, retry };
}

/** True once `flag` has stayed true for `delay` ms: a spinner that does not flash for a quick answer. */
export function useDelayedFlag(flag: boolean, delay = 300): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setShown(true), delay);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [flag, delay]);
  return flag && shown;
}

/** The text with the matched words in <mark>; plain until the engine (which knows the stems) is there. */
export function Highlight({
  text,
  terms,
  engine,
}: {
  text: string;
  terms: readonly string[];
  engine: SearchEngine | null;
}): ReactNode {
  if (!engine || terms.length === 0) return text;
  return engine.highlightRuns(text, terms).map((run, i) =>
    run.match ? (
      <mark key={i} className="rounded-sm bg-accent-soft font-semibold text-accent">
        {run.text}
      </mark>
    ) : (
      run.text
    ),
  );
}

/** "in model answer", "in your note", "guide": where a hit matched besides its question text. */
export function HitMarkers({ hit, className }: { hit: SearchHit; className?: string }) {
  const markers = hitMarkers(hit);
  if (markers.length === 0) return null;
  return (
    <span className={cn('inline-flex flex-wrap gap-1', className)}>
      {markers.map((marker) => (
        <Badge key={marker} variant="outline" className="font-medium">
          {marker}
        </Badge>
      ))}
    </span>
  );
}

// Excerpts already fetched, so that paging back and forth does not fetch them again.
const snippets = new Map<string, string | null>();
const snippetKey = (hit: SearchHit) => `${hit.id}\u0000${hit.terms.join(' ')}`;

/**
 * The excerpt of a hit's model answer or note around the match, fetched (the
 * guide's chunk) only once `visible`: a page of results does not download
 * every guide it lists. undefined while loading, null when there is none.
 */
export function useSnippet(hit: SearchHit, engine: SearchEngine | null, visible: boolean): string | null | undefined {
  const key = snippetKey(hit);
  const [, setVersion] = useState(0);
  const wanted = wantsSnippet(hit);
  useEffect(() => {
    if (!wanted || !visible || !engine || snippets.has(key)) return;
    let live = true;
    engine.snippetFor(hit).then(
      (snippet) => {
        snippets.set(key, snippet);
        if (live) setVersion((v) => v + 1);
      },
      () => {
        // No excerpt offline: the hit still links to its question.
        if (live) setVersion((v) => v + 1);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, visible, engine, key, hit]);
  if (!wanted) return null;
  return snippets.has(key) ? snippets.get(key) : undefined;
}

/** Forgets the fetched excerpts (tests). */
export function clearSnippetCache(): void {
  snippets.clear();
}

/** True once the element has come near the viewport (and from then on); true at once without IntersectionObserver. */
export function useSeen<E extends Element>(): [(element: E | null) => void, boolean] {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback(
    (element: E | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element || seen) return;
      observer.current = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setSeen(true);
            observer.current?.disconnect();
          }
        },
        { rootMargin: '200px 0px' },
      );
      observer.current.observe(element);
    },
    [seen],
  );
  return [ref, seen];
}
