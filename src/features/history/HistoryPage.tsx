import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';

import { Button, LinkButton } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { PageHeading } from '@/components/ui/PageHeading';
import { Toast } from '@/components/ui/Toast';
import { formatDay, plural } from '@/lib/format';
import { usePracticeStore } from '@/stores';

import { deleteSession, restoreSession, type Deleted } from './deletion';
import { formatTime, guideTitle } from './format';
import { HistoryFilterFields } from './HistoryFilters';
import { filterRows, selectHistoryRows, type HistoryFilters, type HistoryRow } from './rows';
import { SessionList } from './SessionList';

export interface HistoryPageProps {
  filters: HistoryFilters;
  /** Given a function of the current filters, so quick successive changes never undo each other. */
  onFiltersChange: (update: (current: HistoryFilters) => HistoryFilters) => void;
}

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
    const label = `${formatDay(row.createdAt, { weekday: true })} at ${formatTime(row.createdAt)}`;
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
          <PageHeading ref={headingRef} id={titleId}>
            History
          </PageHeading>
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
          <HistoryFilterFields filters={filters} guides={guideOptions} onChange={onFiltersChange} />
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

      <Toast
        message={notice ? (notice.kind === 'deleted' ? `Session from ${notice.label} deleted.` : notice.text) : null}
        onUndo={notice?.kind === 'deleted' ? undo : undefined}
        undoRef={undoRef}
        onDismiss={() => setNotice(null)}
      />
    </section>
  );
}
