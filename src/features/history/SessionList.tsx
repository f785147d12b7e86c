import { Link } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';

import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { cardStyles } from '@/components/ui/Card';
import { formatDuration } from '@/domain/measures';
import { formatDay, isoDateTime } from '@/lib/format';

import { formatTime, guideTitle } from './format';
import type { HistoryRow } from './rows';
import { Stat } from './Stat';

/** Rows are measured once shown; this only has to be close enough for the first paint. */
const ESTIMATED_ROW_PX = 124;

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

export function SessionList({ rows, onDelete }: { rows: readonly HistoryRow[]; onDelete: (row: HistoryRow) => void }) {
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
    <article
      className={cardStyles(
        { padding: 'sm' },
        'group relative flex items-start gap-2 transition focus-within:border-accent hover:border-accent motion-reduce:transition-none sm:gap-4 sm:px-5',
      )}
    >
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
                {formatDay(row.createdAt, { weekday: true })}
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
        aria-label={`Delete session from ${formatDay(row.createdAt, { weekday: true })} at ${formatTime(row.createdAt)}`}
        onClick={() => onDelete(row)}
      >
        <TrashIcon />
        <span className="hidden sm:inline">Delete</span>
      </Button>
    </article>
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
