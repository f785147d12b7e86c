import { Link } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useRef, type ReactNode, type Ref } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { Card, StretchedLink } from '@/components/ui/Card';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { Eyebrow } from '@/components/ui/TextLink';
import type { GuideSummary } from '@/content/types';
import { formatCount, formatDay, plural } from '@/lib/format';

import { ContinueBanner } from './ContinueBanner';
import { DueBanner, type DueReview } from './DueBanner';
import {
  defaultSort,
  filterGuides,
  hasFilters,
  LIBRARY_SORTS,
  libraryFacets,
  pageSlice,
  sortGuides,
  withoutFilters,
  type GuideActivity,
  type LibrarySearch,
  type LibrarySort,
} from './filters';
import { LibraryFilters } from './LibraryFilters';
import { useGuideActivity } from './list/activity';
import { Pager } from './list/Pager';
import { markLibraryChange, useLibraryTiming } from './list/perf';
import { QuestionSearch } from './QuestionSearch';

interface LibraryHomeProps {
  guides: readonly GuideSummary[];
  /** The filters, sort and page from the URL. */
  filters?: LibrarySearch;
  onFiltersChange?: (filters: LibrarySearch) => void;
  /** "Review due": starts a session of today's due questions (given by the route, from practice). */
  dueReview: DueReview;
  /**
   * The header's actions, given by the route: ways to add guides of one's own
   * ("Write your own question", "New guide of your own", "Add guides" from files).
   */
  actions?: ReactNode;
  /** More banners beside "Continue" and "Review due" (the interview plans), given by the route. */
  banners?: ReactNode;
}

const SORT_LABELS: Record<LibrarySort, string> = {
  recent: 'Recently practised',
  due: 'Most due',
  title: 'Title',
  questions: 'Most questions',
};

/** Below this many guides a sort control is clutter. */
const MIN_GUIDES_TO_SORT = 3;

export function LibraryHome({
  guides,
  filters = {},
  onFiltersChange = () => {},
  dueReview,
  actions,
  banners,
}: LibraryHomeProps) {
  const activity = useGuideActivity();
  const sort = filters.sort ?? defaultSort(activity);
  const { category, vertical, tag, mine, progress } = filters;
  // Only the fields that filter, so a page change reuses the filtered and sorted list.
  const facetFilters = useMemo(
    () => ({ category, vertical, tag, mine, progress }),
    [category, vertical, tag, mine, progress],
  );
  const facets = useMemo(() => libraryFacets(guides, facetFilters, activity), [guides, facetFilters, activity]);
  // The whole library sorted once per sort (and change of practice); a filter only picks from it, in order.
  const sorted = useMemo(() => sortGuides(guides, sort, activity), [guides, sort, activity]);
  const shown = useMemo(() => filterGuides(sorted, facetFilters, activity), [sorted, facetFilters, activity]);
  const slice = pageSlice(shown.length, filters.page);
  const filtered = hasFilters(filters);
  useLibraryTiming(`${JSON.stringify(facetFilters)}|${sort}|${slice.page}`);

  const change = (next: LibrarySearch) => {
    markLibraryChange();
    onFiltersChange(next);
  };

  // After a page link, the list takes the focus (and the view), not the link at its foot.
  const listRef = useRef<HTMLUListElement>(null);
  const focusList = useRef(false);
  useEffect(() => {
    if (!focusList.current) return;
    focusList.current = false;
    listRef.current?.focus({ preventScroll: true });
    listRef.current?.scrollIntoView?.({ block: 'start' });
  }, [slice.page]);

  const count =
    slice.pages > 1
      ? `Showing ${formatCount(slice.start + 1)}–${formatCount(slice.end)} of ${plural(shown.length, 'guide')}` +
        (filtered ? `, filtered from ${formatCount(guides.length)}` : '')
      : filtered
        ? `${formatCount(shown.length)} of ${plural(guides.length, 'guide')}`
        : plural(guides.length, 'guide');

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-4">
        <div className="max-w-2xl space-y-2">
          <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">Interview guides</h1>
          <p className="text-lg text-fg-muted">
            Pick a guide, answer each question out loud, then compare with the model answer.
          </p>
        </div>
        {actions ? (
          <div role="group" aria-label="Add your own" className="flex flex-wrap gap-2">
            {actions}
          </div>
        ) : null}
      </div>

      <ContinueBanner guides={guides} />
      <DueBanner guides={guides} review={dueReview} />
      {banners}

      {guides.length > 0 ? (
        <div className="space-y-4">
          <QuestionSearch />
          <LibraryFilters
            facets={facets}
            filters={filters}
            onChange={change}
            practised={defaultSort(activity) === 'recent'}
            anyMine={guides.some((guide) => guide.mine)}
            total={shown.length}
          />
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <p className="text-sm text-fg-muted tabular-nums" aria-live="polite">
              {count}
            </p>
            {guides.length >= MIN_GUIDES_TO_SORT ? (
              <SortSelect
                sort={sort}
                onChange={(next) =>
                  change({ ...filters, sort: next === defaultSort(activity) ? undefined : next, page: undefined })
                }
              />
            ) : null}
          </div>
        </div>
      ) : null}

      {filtered && shown.length === 0 ? (
        // Only a stale or hand-edited URL gets here: the filters offer no option that leads nowhere.
        <StatusMessage
          title="No guides match these filters"
          headingLevel={2}
          actions={<Button onClick={() => change(withoutFilters(filters))}>Clear filters</Button>}
        >
          <p>The link may be out of date: no guide has these values together. Clear the filters to see every guide.</p>
        </StatusMessage>
      ) : (
        <div className="space-y-8">
          <GuideList guides={shown.slice(slice.start, slice.end)} activity={activity} listRef={listRef} />
          <Pager
            search={filters}
            page={slice.page}
            pages={slice.pages}
            onNavigate={() => {
              markLibraryChange();
              focusList.current = true;
            }}
          />
        </div>
      )}
    </div>
  );
}

function SortSelect({ sort, onChange }: { sort: LibrarySort; onChange: (sort: LibrarySort) => void }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-fg-muted">
        Sort by
      </label>
      <select
        id={id}
        value={sort}
        onChange={(event) => onChange(LIBRARY_SORTS.find((s) => s === event.target.value) ?? 'title')}
        className="min-h-11 rounded-lg border border-border bg-surface px-3 text-base font-medium shadow-sm transition hover:border-accent sm:text-sm"
      >
        {LIBRARY_SORTS.map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function GuideList({
  guides,
  activity,
  listRef,
}: {
  guides: readonly GuideSummary[];
  activity?: ReadonlyMap<string, GuideActivity>;
  /** Takes the focus after a page change (hence focusable from script only). */
  listRef?: Ref<HTMLUListElement>;
}) {
  if (guides.length === 0) {
    return (
      <StatusMessage title="No guides yet" headingLevel={2}>
        <p>
          Add a guide as a markdown file in <code className="font-mono">content/</code> and it will appear here.
        </p>
      </StatusMessage>
    );
  }

  return (
    <ul
      ref={listRef}
      tabIndex={-1}
      aria-label="Guides"
      className="grid scroll-mt-24 gap-4 outline-none focus-visible:ring-4 focus-visible:ring-accent/15 md:grid-cols-2"
    >
      {guides.map((guide) => (
        <li key={guide.slug} className="flex">
          <GuideCard guide={guide} activity={activity?.get(guide.slug)} />
        </li>
      ))}
    </ul>
  );
}

export function GuideCard({ guide, activity }: { guide: GuideSummary; activity?: GuideActivity }) {
  return (
    // The title link is stretched over the card so the whole card is
    // clickable while links and headings keep a single, clear name.
    <Card as="article" interactive padding="xl" className="flex w-full flex-col gap-4">
      <div className="space-y-2">
        <div className="flex min-h-5 flex-wrap items-center gap-2">
          {guide.mine ? <Badge variant="accent">Yours</Badge> : null}
          <Eyebrow>{[guide.vertical, guide.category].filter(Boolean).join(' · ')}</Eyebrow>
        </div>
        <h2 className="text-xl font-semibold tracking-tight text-balance">
          <StretchedLink to="/guides/$slug" params={{ slug: guide.slug }}>
            {guide.title}
          </StretchedLink>
        </h2>
        <p className="line-clamp-3 text-fg-muted">
          {guide.description || (guide.mine ? 'Your own guide, kept on this device.' : '')}
        </p>
      </div>

      <div className="mt-auto space-y-3">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span className="font-medium">{plural(guide.questionCount, 'question')}</span>
          {activity && activity.due > 0 ? <Badge variant="accent">{activity.due} due</Badge> : null}
          {activity?.lastPractised !== undefined ? (
            <span className="text-fg-muted">Practised {formatDay(activity.lastPractised, { year: false })}</span>
          ) : null}
        </p>
        {guide.categories.length > 0 ? (
          <ul aria-label="Questions by category" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {guide.categories.map(({ name, count }) => (
              <li key={name} className="text-fg-muted">
                {name} <span className="font-semibold text-fg tabular-nums">{count}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {guide.tags.length > 0 ? (
          <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
            {guide.tags.map((tag) => (
              <li key={tag}>
                {/* Above the stretched title link, so a tag filters instead of opening the guide. */}
                <Link
                  to="/"
                  search={{ tag }}
                  aria-label={`Show guides tagged ${tag}`}
                  className="relative z-10 inline-flex min-h-6 items-center rounded-full border border-border bg-surface-muted px-2.5 py-0.5 text-xs font-medium text-fg-muted transition hover:border-accent hover:text-fg"
                >
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
