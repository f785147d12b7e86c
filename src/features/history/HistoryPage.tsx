import { Link } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Button, LinkButton } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { formatDuration } from '@/domain/measures';
import { cn } from '@/lib/cn';
import { isoDateTime } from '@/lib/date-format';
import { usePracticeStore } from '@/stores';

import { deleteSession, restoreSession, type Deleted } from './deletion';
import { formatDay, formatTime, guideTitle, plural } from './format';
import { filterRows, selectHistoryRows, type HistoryFilters, type HistoryRow } from './rows';

export interface HistoryPageProps {
  filters: HistoryFilters;
  /** Given a function of the current filters, so quick successive changes never undo each other. */
  onFiltersChange: (update: (current: HistoryFilters) => HistoryFilters) => void;
}

/** Rows are measured once shown; this only has to be close enough for the first paint. */
const ESTIMATED_ROW_PX = 124;

const fieldClass =
  'block min-h-11 w-full rounded-lg border border-border bg-surface px-3 text-sm text-fg shadow-sm [color-scheme:inherit]';

export function HistoryPage({ filters, onFiltersChange }: HistoryPageProps) {
  const rows = usePracticeStore(selectHistoryRows);
  const loading = usePracticeStore((state) => state.status === 'loading');
  const visible = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const guideOptions = useMemo(() => {
    const slugs = new Set<string>();
    for (const row of rows) for (const slug of row.guideSlugs) slugs.add(slug);
    if (filters.guide) slugs.add(filters.guide);
    return [...slugs].map((slug) => ({ slug, title: guideTitle(slug) })).sort((a, b) => a.title.localeCompare(b.title));
  }, [rows, filters.guide]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const [notice, setNotice] = useState<
    { kind: 'deleted'; deleted: Deleted; label: string } | { kind: 'info'; text: string } | null
  >(null);

  const onDelete = useCallback((row: HistoryRow) => {
    const label = `${formatDay(row.createdAt)} at ${formatTime(row.createdAt)}`;
    const deleted = deleteSession(row.id);
    setNotice(
      deleted
        ? { kind: 'deleted', deleted, label }
        : { kind: 'info', text: `The session from ${label} could not be deleted.` },
    );
  }, []);

  // The deleted row (and the button that was pressed) is gone: focus goes to Undo, the next thing one wants.
  useEffect(() => {
    if (notice?.kind === 'deleted') undoRef.current?.focus();
  }, [notice]);

  function undo() {
    if (notice?.kind !== 'deleted') return;
    restoreSession(notice.deleted);
    setNotice({ kind: 'info', text: `Session from ${notice.label} restored.` });
    headingRef.current?.focus();
  }

  const filtered = Boolean(filters.guide || filters.from || filters.to);
  const titleId = useId();

  return (
    <section aria-labelledby={titleId} className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <div className="space-y-1.5">
          <h1
            ref={headingRef}
            id={titleId}
            tabIndex={-1}
            className="text-3xl font-semibold tracking-tight outline-none sm:text-4xl"
          >
            History
          </h1>
          <p className="text-fg-muted">Every practice session on this device, newest first.</p>
        </div>
        {rows.length > 0 ? (
          <LinkButton to="/practice/new" variant="secondary">
            <Icon name="play" />
            New session
          </LinkButton>
        ) : null}
      </header>

      {rows.length === 0 ? (
        loading ? (
          <p className="text-fg-muted">Loading your sessions…</p>
        ) : (
          <div className="rounded-2xl border border-dashed border-border px-6 py-10 text-center">
            <h2 className="text-lg font-semibold">No sessions yet</h2>
            <p className="mt-2 text-fg-muted">Sessions you practise are listed here, with their scores.</p>
            <LinkButton to="/practice/new" className="mt-5">
              <Icon name="play" />
              Start practising
            </LinkButton>
          </div>
        )
      ) : (
        <>
          <Filters filters={filters} guides={guideOptions} onChange={onFiltersChange} />
          <p aria-live="polite" className="text-sm text-fg-muted tabular-nums">
            {filtered
              ? `Showing ${visible.length} of ${plural(rows.length, 'session')}`
              : plural(rows.length, 'session')}
          </p>
          {visible.length === 0 ? (
            <div className="rounded-2xl border border-dashed border-border px-6 py-10 text-center">
              <h2 className="text-lg font-semibold">No sessions match these filters</h2>
              <Button variant="secondary" className="mt-4" onClick={() => onFiltersChange(() => ({}))}>
                Clear filters
              </Button>
            </div>
          ) : (
            <SessionList rows={visible} onDelete={onDelete} />
          )}
        </>
      )}

      {/* Always in the page, so screen readers announce what is put into it. */}
      <div className="pointer-events-none fixed inset-x-0 bottom-3 z-50 flex justify-center px-3 sm:bottom-5">
        <div role="status" className="w-full max-w-md">
          {notice ? (
            <div className="pointer-events-auto flex items-center gap-3 rounded-2xl border border-border bg-surface py-2 pr-2 pl-4 text-sm shadow-lg">
              <p className="min-w-0 flex-1 font-medium">
                {notice.kind === 'deleted' ? `Session from ${notice.label} deleted.` : notice.text}
              </p>
              {notice.kind === 'deleted' ? (
                <Button ref={undoRef} variant="secondary" size="sm" onClick={undo}>
                  Undo
                </Button>
              ) : null}
              <Button variant="ghost" size="sm" aria-label="Dismiss" onClick={() => setNotice(null)}>
                <Icon name="close" />
              </Button>
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function Filters({
  filters,
  guides,
  onChange,
}: {
  filters: HistoryFilters;
  guides: { slug: string; title: string }[];
  onChange: (update: (current: HistoryFilters) => HistoryFilters) => void;
}) {
  const id = useId();
  const set = (patch: Partial<HistoryFilters>) =>
    onChange((current) => {
      const next = { ...current, ...patch };
      for (const key of Object.keys(next) as (keyof HistoryFilters)[]) if (!next[key]) delete next[key];
      return next;
    });
  const active = Boolean(filters.guide || filters.from || filters.to);

  return (
    <fieldset className="grid grid-cols-2 gap-3 rounded-2xl border border-border bg-surface p-4 shadow-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end">
      <legend className="sr-only">Filter sessions</legend>
      <div className="col-span-2 space-y-1.5 sm:col-span-1">
        <label htmlFor={`${id}-guide`} className="text-sm font-medium">
          Guide
        </label>
        <select
          id={`${id}-guide`}
          className={fieldClass}
          value={filters.guide ?? ''}
          onChange={(event) => set({ guide: event.target.value || undefined })}
        >
          <option value="">All guides</option>
          {guides.map((guide) => (
            <option key={guide.slug} value={guide.slug}>
              {guide.title}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 space-y-1.5">
        <label htmlFor={`${id}-from`} className="text-sm font-medium">
          From
        </label>
        <input
          id={`${id}-from`}
          type="date"
          className={fieldClass}
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(event) => set({ from: event.target.value || undefined })}
        />
      </div>
      <div className="min-w-0 space-y-1.5">
        <label htmlFor={`${id}-to`} className="text-sm font-medium">
          To
        </label>
        <input
          id={`${id}-to`}
          type="date"
          className={fieldClass}
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(event) => set({ to: event.target.value || undefined })}
        />
      </div>
      {/* Keeps its place on wide screens so the fields do not jump; takes no room on narrow ones. */}
      <div className={cn('col-span-2 sm:col-span-1', !active && 'hidden sm:invisible sm:block')}>
        <Button variant="ghost" className="w-full" disabled={!active} onClick={() => onChange(() => ({}))}>
          Clear filters
        </Button>
      </div>
    </fieldset>
  );
}

/** Where the list starts on the page, for the window virtualiser; re-measured when the window resizes. */
function useDocumentTop() {
  const [top, setTop] = useState(0);
  const nodeRef = useRef<HTMLElement | null>(null);
  const measure = useCallback(() => {
    const node = nodeRef.current;
    if (node) setTop(node.getBoundingClientRect().top + window.scrollY);
  }, []);
  const ref = useCallback(
    (node: HTMLElement | null) => {
      nodeRef.current = node;
      measure();
    },
    [measure],
  );
  useEffect(() => {
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);
  return [ref, top] as const;
}

function SessionList({ rows, onDelete }: { rows: readonly HistoryRow[]; onDelete: (row: HistoryRow) => void }) {
  const [listRef, top] = useDocumentTop();
  // Only the rows in and near the viewport are in the page: 1,000 sessions render like 15.
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    scrollMargin: top,
    getItemKey: (index) => rows[index]!.id,
  });
  const items = virtualizer.getVirtualItems();

  return (
    <ol ref={listRef} aria-label="Sessions" className="relative" style={{ height: `${virtualizer.getTotalSize()}px` }}>
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-bench="history-row"
            // The list is virtual, so each item says where it stands in the whole.
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            className="absolute inset-x-0 top-0 pb-3"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <SessionRow row={row} onDelete={onDelete} />
          </li>
        );
      })}
    </ol>
  );
}

const STATUS_BADGE: Record<HistoryRow['status'], string | null> = {
  active: 'In progress',
  abandoned: 'Ended early',
  completed: null,
};

function SessionRow({ row, onDelete }: { row: HistoryRow; onDelete: (row: HistoryRow) => void }) {
  const status = STATUS_BADGE[row.status];
  const guides = row.guideSlugs.map(guideTitle).join(', ');
  return (
    <article className="group relative flex items-start gap-2 rounded-2xl border border-border bg-surface p-4 shadow-sm transition focus-within:border-accent hover:border-accent motion-reduce:transition-none sm:gap-4 sm:px-5">
      <div className="min-w-0 flex-1 space-y-2.5">
        <div className="min-w-0">
          <h2 className="flex flex-wrap items-center gap-x-2 gap-y-1 text-base font-semibold">
            {/* The whole card opens the session; the delete button sits above the stretched link. */}
            <Link
              to="/history/$sessionId"
              params={{ sessionId: row.id }}
              className="rounded-sm outline-none after:absolute after:inset-0 after:rounded-2xl focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-focus"
            >
              <time dateTime={isoDateTime(row.createdAt)}>
                {formatDay(row.createdAt)}
                <span className="font-normal text-fg-muted"> at {formatTime(row.createdAt)}</span>
              </time>
            </Link>
            {status ? <Badge variant="outline">{status}</Badge> : null}
          </h2>
          <p className="mt-0.5 truncate text-sm text-fg-muted" title={guides}>
            {guides}
          </p>
        </div>
        <dl className="grid grid-cols-3 gap-2 text-sm sm:flex sm:gap-8">
          <Stat label="Answered" value={`${row.answered} of ${row.total}`} />
          <Stat label="Average" value={row.averageScore === null ? '—' : `${row.averageScore}%`} />
          <Stat label="Time" value={formatDuration(row.durationMs)} />
        </dl>
      </div>
      <Button
        variant="ghost"
        size="sm"
        className="relative z-10 -mt-1 -mr-1 text-fg-muted hover:text-fg"
        aria-label={`Delete session from ${formatDay(row.createdAt)} at ${formatTime(row.createdAt)}`}
        onClick={() => onDelete(row)}
      >
        <TrashIcon />
        <span className="hidden sm:inline">Delete</span>
      </Button>
    </article>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

function TrashIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3" />
    </svg>
  );
}
