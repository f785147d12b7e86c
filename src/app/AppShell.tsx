import { Link, useRouterState } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense, useEffect, useId, useRef, useState } from 'react';

import { LazyBoundary } from '@/components/ui/LazyBoundary';
import { cn } from '@/lib/cn';

import { ShortcutsHelp } from './ShortcutsHelp';
import { ThemeControl } from './ThemeControl';
import { UpdatePrompt } from './UpdatePrompt';

// Storage problems and the durability hint need the store, which is a lazy chunk; they travel in it
// (scripts/chunk-groups.ts), so this costs no request of its own. Nothing they can say is known
// before the store has loaded.
const StorageNotices = lazy(() => import('./StorageNotices').then((module) => ({ default: module.StorageNotices })));

function Logo() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className="size-7 shrink-0">
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <path
        d="M9 9.5h14a2.5 2.5 0 0 1 2.5 2.5v7a2.5 2.5 0 0 1-2.5 2.5h-7.2L11 25v-3.5H9A2.5 2.5 0 0 1 6.5 19v-7A2.5 2.5 0 0 1 9 9.5Z"
        className="fill-accent-fg"
      />
      <path d="M11 14h10M11 17h6" className="stroke-accent" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

const navLinkClass =
  'flex min-h-11 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap text-fg-muted transition hover:bg-surface-muted hover:text-fg lg:inline-flex lg:min-h-9';
const navLinkCurrentClass = 'bg-surface-muted text-fg';

type Section = 'library' | 'practice' | 'stories' | 'history' | 'progress' | 'data';

const NAV = [
  { section: 'library', to: '/', label: 'Library' },
  { section: 'practice', to: '/practice/new', label: 'Practise' },
  { section: 'stories', to: '/stories', label: 'Stories' },
  { section: 'history', to: '/history', label: 'History' },
  { section: 'progress', to: '/progress', label: 'Progress' },
  { section: 'data', to: '/data', label: 'Your data' },
] as const satisfies readonly { section: Section; to: string; label: string }[];

function sectionOf(pathname: string): Section {
  if (pathname.startsWith('/practice')) return 'practice';
  if (pathname.startsWith('/stories')) return 'stories';
  if (pathname.startsWith('/history')) return 'history';
  if (pathname.startsWith('/progress')) return 'progress';
  if (pathname.startsWith('/data')) return 'data';
  // Guides and questions belong to the library.
  return 'library';
}

function MenuGlyph() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5 fill-none stroke-current" strokeWidth="2">
      <path d="M4 7h16M4 12h16M4 17h16" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The six sections. On a wide screen they sit in the header's one row; below `lg` they would need a row
 * of their own, so they open from a Menu button instead, as a popover (the browser's: light dismiss,
 * Escape, focus back to the button). One list serves both, so a link exists once for assistive tech and
 * tests: at `lg` the popover's own styles are overridden and the closed list is shown inline.
 */
function MainNav() {
  // The router's own active state would only light "Library" on "/"; guides
  // and questions belong to it too.
  const section = useRouterState({ select: (state) => sectionOf(state.location.pathname) });
  const menuId = useId();
  const menuRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const onToggle = (event: Event) => setOpen((event as ToggleEvent).newState === 'open');
    menu.addEventListener('toggle', onToggle);
    return () => menu.removeEventListener('toggle', onToggle);
  }, []);

  return (
    <nav aria-label="Main" className="min-w-0">
      <button
        type="button"
        popoverTarget={menuId}
        aria-expanded={open}
        className="inline-flex min-h-10 items-center gap-2 rounded-lg px-2.5 text-sm font-medium text-fg transition hover:bg-surface-muted lg:hidden"
      >
        <MenuGlyph />
        Menu
      </button>
      <ul
        id={menuId}
        ref={menuRef}
        popover="auto"
        className={cn(
          // Phones and tablets: a panel under the header, opaque, over the page only while open.
          'fixed inset-x-3 top-14 bottom-auto m-0 w-auto flex-col gap-0.5 rounded-xl border border-border bg-surface p-1.5 text-fg shadow-lg open:flex',
          // Wide screens: the header's row, whatever the popover state.
          'lg:static lg:flex lg:flex-row lg:items-center lg:gap-1 lg:overflow-visible lg:border-0 lg:bg-transparent lg:p-0.5 lg:shadow-none',
        )}
      >
        {NAV.map((item) => (
          <li key={item.section}>
            <Link
              to={item.to}
              activeOptions={{ exact: item.to === '/' }}
              className={cn(navLinkClass, section === item.section && navLinkCurrentClass)}
              // Followed from the open menu: the menu closes with it (hidePopover is missing in old engines).
              onClick={() => {
                if (open) menuRef.current?.hidePopover?.();
              }}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Page chrome shared by every route, including the not-found and error screens. */
export function AppShell({ children }: { children: ReactNode }) {
  const section = useRouterState({ select: (state) => sectionOf(state.location.pathname) });
  return (
    <div className="flex min-h-dvh flex-col [&_*]:scroll-mt-18">
      <a
        href="#main"
        // not-sr-only zeroes padding, so the padding is set under focus: too.
        className="sr-only rounded-md bg-accent font-semibold text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-2"
      >
        Skip to content
      </a>
      {/* Opaque and one row (h-14) at every width: it never blurs or hides what scrolls under it, and
          whatever is scrolled to (in-page links, focus, scrollIntoView) stops beneath it: scroll-mt below. */}
      <header className="sticky top-0 z-40 border-b border-border bg-bg">
        <div className="mx-auto flex h-14 max-w-5xl items-center gap-x-2 px-3 sm:gap-x-4 sm:px-6">
          <Link to="/" className="flex h-14 items-center gap-2 rounded-md text-lg font-semibold tracking-tight">
            <Logo />
            {/* The name stays for screen readers when narrow screens hide it. */}
            <span className="sr-only sm:not-sr-only">Rehearse</span>
          </Link>
          <MainNav />
          <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
            <ThemeControl />
            <ShortcutsHelp />
          </div>
        </div>
      </header>
      {/* Storage problems show on every screen; the gentler durability hint waits until practice is over. */}
      <LazyBoundary fallback={null}>
        <Suspense fallback={null}>
          <StorageNotices quiet={section === 'practice' || section === 'data'} />
        </Suspense>
      </LazyBoundary>
      {/* A new version waits for the user's click; see src/lib/service-worker.ts. */}
      <UpdatePrompt />
      {/* tabIndex lets the skip link move focus here, not just scroll. */}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-12">
        {children}
      </main>
      <footer className="border-t border-border">
        <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-fg-muted sm:px-6">
          Practise out loud. Answers are examples, not scripts.
        </p>
      </footer>
    </div>
  );
}
