/**
 * A stand-in for `@/lib/search` (the search engine, contract-17) for the
 * search screens' tests, and a router that mounts those screens as the app
 * does. A test file installs the fake with
 *
 *   vi.mock('@/lib/search', () => import('./search-fake'));
 *
 * The fake scans a fixed list of documents: every query word must start a word
 * of the question text, the model answer, the note or (for a guide) the
 * description; `terms` are the words that matched, as written.
 */
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { configure, render } from '@testing-library/react';
import { vi } from 'vitest';

import { QuestionSearch } from '@/features/library/QuestionSearch';
import { validateSearchPageSearch } from '@/features/library/search';
import { SearchPage } from '@/features/library/SearchPage';
import type { SearchField, SearchHit, SearchResults } from '@/lib/search';

// As renderApp does: on a busy machine the first render of a route and each keystroke's search take a while.
configure({ asyncUtilTimeout: 5000 });

export interface FakeDoc {
  kind?: 'question' | 'guide';
  id: string;
  guide: string;
  text: string;
  answer?: string;
  note?: string;
  category?: string;
  number?: number;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export const fake = {
  docs: [] as FakeDoc[],
  /** Set to make searchBank fail (the index chunk did not load). */
  fail: null as Error | null,
};

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function hitOf(doc: FakeDoc, query: string[]): SearchHit | null {
  const parts: [SearchField, string][] = [
    [doc.kind === 'guide' ? 'guide' : 'question', doc.text],
    ['answer', doc.answer ?? ''],
    ['note', doc.note ?? ''],
  ];
  const fields = new Set<SearchField>();
  const terms = new Set<string>();
  for (const q of query) {
    let found = false;
    for (const [field, text] of parts) {
      const matching = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w && w.toLowerCase().startsWith(q));
      if (matching.length === 0) continue;
      found = true;
      fields.add(field);
      matching.forEach((w) => terms.add(w));
    }
    if (!found) return null;
  }
  return {
    kind: doc.kind ?? 'question',
    id: doc.id,
    guideSlug: slug(doc.guide),
    guideTitle: doc.guide,
    category: doc.kind === 'guide' ? '' : (doc.category ?? 'Technical'),
    number: doc.kind === 'guide' ? 0 : (doc.number ?? 1),
    text: doc.text,
    score: fields.has('question') ? 2 : 1,
    fields: [...fields],
    terms: [...terms],
    mine: false,
  };
}

export const MIN_QUERY_LENGTH = 2;

export const searchBank = vi.fn(async (query: string): Promise<SearchResults> => {
  await Promise.resolve();
  if (fake.fail) throw fake.fail;
  const q = words(query);
  const hits = fake.docs.map((doc) => hitOf(doc, q)).filter((hit): hit is SearchHit => hit !== null);
  // Stable, best first: question-text matches above answer-only ones.
  hits.sort((a, b) => b.score - a.score);
  return { query, hits };
});

export const snippetFor = vi.fn(async (hit: SearchHit): Promise<string | null> => {
  await Promise.resolve();
  const doc = fake.docs.find((d) => d.id === hit.id);
  if (hit.fields.includes('answer')) return doc?.answer ?? null;
  if (hit.fields.includes('note')) return doc?.note ?? null;
  return null;
});

export function highlightRuns(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  const set = new Set(terms.map((t) => t.toLowerCase()));
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .filter(Boolean)
    .map((run) => ({ text: run, match: set.has(run.toLowerCase()) }));
}

/** Puts documents in the fake index and clears its call records and failure. */
export function stockSearch(docs: FakeDoc[]) {
  fake.docs = docs;
  fake.fail = null;
  // Back to the fake's own implementation too (a test may have made it hang).
  searchBank.mockReset();
  snippetFor.mockReset();
}

/**
 * The home search at `/` and the search page at `/search`, wired as the app's
 * route files wire them, plus the routes they link to; returns the router.
 */
export function renderSearchRoutes(path = '/') {
  const rootRoute = createRootRoute({ component: () => <Outlet /> });
  const home = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    component: () => (
      <>
        <button type="button">Elsewhere</button>
        <QuestionSearch />
      </>
    ),
  });
  const searchRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/search',
    validateSearch: validateSearchPageSearch,
    component: function SearchRoute() {
      const search = searchRoute.useSearch();
      const navigate = searchRoute.useNavigate();
      return (
        <SearchPage
          query={search.q ?? ''}
          page={search.page ?? 1}
          onQueryChange={(q) => void navigate({ search: { q: q.trim() || undefined }, replace: true })}
        />
      );
    },
  });
  const others = ['/guides/$slug', '/questions/$id', '/practice/new'].map((p) =>
    createRoute({ getParentRoute: () => rootRoute, path: p, component: () => <p>Arrived</p> }),
  );
  const router = createRouter({
    routeTree: rootRoute.addChildren([home, searchRoute, ...others]),
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  render(<RouterProvider router={router} />);
  return router;
}
