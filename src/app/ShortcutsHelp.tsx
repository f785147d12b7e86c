import { lazy, Suspense, useEffect, useEffectEvent, useState } from 'react';

import { Icon } from '@/components/ui/Icon';
import { LazyBoundary } from '@/components/ui/LazyBoundary';
import { isTextEntryTarget, matchesShortcut } from '@/lib/shortcuts';

// The dialog (and the primitives it uses) is a lazy chunk, fetched at the first sign the user may want
// it: any key pressed (keyboard users are the ones who press `?`), or the pointer or focus reaching the
// button. Not while the page loads: it would compete with the first page for the main thread. Opening
// it before the chunk is in waits only for that small chunk.
const loadDialog = () => import('./ShortcutsDialog');
const prefetchDialog = () => void loadDialog().catch(() => {});
const ShortcutsDialog = lazy(() => loadDialog().then((module) => ({ default: module.ShortcutsDialog })));

/** The header button and the `?` key both open the list of shortcuts. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    prefetchDialog();
    if (open || event.defaultPrevented || event.repeat) return;
    if (!matchesShortcut(event, 'help') || isTextEntryTarget(event.target)) return;
    event.preventDefault();
    setOpen(true);
  });

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        onPointerEnter={prefetchDialog}
        onFocus={prefetchDialog}
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
