import { Dialog } from '@/components/ui/Dialog';
import { KeyCombo } from '@/components/ui/Kbd';
import { SHORTCUT_SCOPES, SHORTCUTS } from '@/lib/shortcuts';

/** The list of shortcuts, a lazy chunk opened by `ShortcutsHelp` (the header button and the `?` key). */
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
