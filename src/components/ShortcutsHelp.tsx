import { lazy, Suspense, useEffect, useEffectEvent, useState } from 'react';

import { isTextEntryTarget, matchesShortcut } from '@/lib/shortcuts';

import { Icon } from './ui/Icon';
import { LazyBoundary } from './ui/LazyBoundary';

// The dialog (and the primitives it uses) is a lazy chunk, fetched once the page is idle so that the
// first `?` opens it at once; opening it before then waits only for that small chunk.
const loadDialog = () => import('./ShortcutsDialog');
const ShortcutsDialog = lazy(() => loadDialog().then((module) => ({ default: module.ShortcutsDialog })));

/** The header button and the `?` key both open the list of shortcuts. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (open || event.defaultPrevented || event.repeat) return;
    if (!matchesShortcut(event, 'help') || isTextEntryTarget(event.target)) return;
    event.preventDefault();
    setOpen(true);
  });

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const idle =
      globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000) as unknown as number);
    idle(() => void loadDialog().catch(() => {}), { timeout: 5000 });
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title="Keyboard shortcuts (?)"
        className="inline-flex size-9 items-center justify-center rounded-lg text-fg-muted transition hover:bg-surface-muted hover:text-fg"
      >
        <Icon name="keyboard" className="size-5" />
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      {open ? (
        // If the chunk cannot load (offline, or a new version deployed), the button just does nothing.
        <LazyBoundary fallback={null} onError={() => setOpen(false)}>
          <Suspense fallback={null}>
            <ShortcutsDialog open onClose={() => setOpen(false)} />
          </Suspense>
        </LazyBoundary>
      ) : null}
    </>
  );
}
