import { Link } from '@tanstack/react-router';
import { useMemo, type ReactNode } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { Card, StretchedLink } from '@/components/ui/Card';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { Eyebrow } from '@/components/ui/TextLink';
import type { GuideSummary } from '@/content/types';
import { plural } from '@/lib/format';

import { ContinueBanner } from './ContinueBanner';
import { DueBanner, type DueReview } from './DueBanner';
import { filterGuides, hasFilters, type LibrarySearch } from './filters';
import { LibraryFilters } from './LibraryFilters';
import { QuestionSearch } from './QuestionSearch';

interface LibraryHomeProps {
  guides: readonly GuideSummary[];
  /** The filters from the URL. */
  filters?: LibrarySearch;
  onFiltersChange?: (filters: LibrarySearch) => void;
  /** "Review due": starts a session of today's due questions (given by the route, from practice). */
  dueReview: DueReview;
  /**
   * The header's actions, given by the route: ways to add guides of one's own
   * ("Write your own question", "New guide of your own", "Add guides" from files).
   */
  actions?: ReactNode;
}

export function LibraryHome({
  guides,
  filters = {},
  onFiltersChange = () => {},
  dueReview,
  actions,
}: LibraryHomeProps) {
  const shown = useMemo(() => filterGuides(guides, filters), [guides, filters]);
  const filtered = hasFilters(filters);

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

      {guides.length > 0 ? (
        <div className="space-y-4">
          <QuestionSearch />
          <LibraryFilters guides={guides} filters={filters} onChange={onFiltersChange} />
          <p className="text-sm text-fg-muted" aria-live="polite">
            {filtered ? `${shown.length} of ${plural(guides.length, 'guide')}` : plural(guides.length, 'guide')}
          </p>
        </div>
      ) : null}

      {filtered && shown.length === 0 ? (
        <StatusMessage
          title="No guides match these filters"
          headingLevel={2}
          actions={<Button onClick={() => onFiltersChange({})}>Clear filters</Button>}
        >
          <p>Try another category, vertical or tag, or clear the filters to see every guide.</p>
        </StatusMessage>
      ) : (
        <GuideList guides={shown} />
      )}
    </div>
  );
}

export function GuideList({ guides }: { guides: readonly GuideSummary[] }) {
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
    <ul aria-label="Guides" className="grid gap-4 md:grid-cols-2">
      {guides.map((guide) => (
        <li key={guide.slug} className="flex">
          <GuideCard guide={guide} />
        </li>
      ))}
    </ul>
  );
}

export function GuideCard({ guide }: { guide: GuideSummary }) {
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
        <p className="text-sm font-medium">{plural(guide.questionCount, 'question')}</p>
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
