import { Link } from '@tanstack/react-router';

import { Icon } from '@/components/ui/Icon';
import { cn } from '@/lib/cn';

import { pageLinks, type LibrarySearch } from '../filters';

const linkClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-lg px-3 text-sm font-semibold tabular-nums transition';

/**
 * Page links under the library grid: real links (`?page=3`), so a page can
 * be opened in a new tab, shared, and reached with Back. The current page is
 * `aria-current`; first, last and the pages around the current one are shown.
 */
export function Pager({
  search,
  page,
  pages,
  onNavigate,
}: {
  search: LibrarySearch;
  page: number;
  pages: number;
  /** Called when a page link is followed (the list then takes the focus). */
  onNavigate: () => void;
}) {
  if (pages <= 1) return null;
  const to = (p: number): LibrarySearch => ({ ...search, page: p > 1 ? p : undefined });
  const step = (p: number, label: string, icon: 'arrowLeft' | 'arrowRight', hidden: boolean) =>
    hidden ? (
      <span aria-hidden="true" className={cn(linkClass, 'invisible')}>
        {label}
      </span>
    ) : (
      <Link
        to="/"
        search={to(p)}
        resetScroll={false}
        onClick={onNavigate}
        className={cn(linkClass, 'border border-border bg-surface shadow-sm hover:border-accent')}
      >
        {icon === 'arrowLeft' ? <Icon name={icon} /> : null}
        {label}
        {icon === 'arrowRight' ? <Icon name={icon} /> : null}
      </Link>
    );

  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-2">
      {step(page - 1, 'Previous', 'arrowLeft', page <= 1)}
      {/* A phone has room for Previous, where you are and Next; the numbers from sm up. */}
      <p className="text-sm font-medium text-fg-muted tabular-nums sm:hidden">
        Page {page} of {pages}
      </p>
      <ul className="flex flex-wrap items-center justify-center gap-1 max-sm:hidden">
        {pageLinks(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-fg-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to="/"
                search={to(p)}
                resetScroll={false}
                onClick={onNavigate}
                aria-current={p === page ? 'page' : undefined}
                aria-label={`Page ${p}`}
                className={cn(linkClass, p === page ? 'bg-accent text-accent-fg' : 'text-fg hover:bg-surface-muted')}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      {step(page + 1, 'Next', 'arrowRight', page >= pages)}
    </nav>
  );
}
