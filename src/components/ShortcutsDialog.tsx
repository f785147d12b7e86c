import { useEffect, useEffectEvent, useState } from 'react';

import { isTextEntryTarget, matchesShortcut, SHORTCUT_SCOPES, SHORTCUTS } from '@/lib/shortcuts';

import { Dialog } from './ui/Dialog';
import { Icon } from './ui/Icon';
import { KeyCombo } from './ui/Kbd';

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
      <ShortcutsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Keyboard shortcuts"
      description="Single keys work when you are not typing in a field."
    >
      <div className="space-y-6">
        {SHORTCUT_SCOPES.map((scope) => {
          const shortcuts = SHORTCUTS.filter((shortcut) => shortcut.scope === scope);
          if (shortcuts.length === 0) return null;
          return (
            <section key={scope} className="space-y-2">
              <h3 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{scope}</h3>
              <dl className="divide-y divide-border rounded-xl border border-border">
                {shortcuts.map((shortcut) => (
                  <div key={shortcut.id} className="flex items-center justify-between gap-4 px-3 py-2.5">
                    <dt className="text-sm">{shortcut.description}</dt>
                    <dd className="shrink-0">
                      <KeyCombo keys={shortcut.keys} />
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </Dialog>
  );
}
