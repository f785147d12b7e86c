import { useState } from 'react';

import { Button } from '@/components/ui/Button';
import type { AppUpdate } from '@/lib/app-update';

/**
 * The words and buttons of the update prompt (UpdatePrompt.tsx loads this
 * only once a version is waiting). "Reload" is the only way to the new
 * version; "Not now" hides it until the next one.
 */
export default function UpdateBanner({ update }: { update: AppUpdate }) {
  const [dismissed, setDismissed] = useState<AppUpdate | null>(null);
  const [reloading, setReloading] = useState(false);
  if (update === dismissed) return null;

  return (
    <div className="border-b border-border bg-surface-muted">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 text-sm sm:px-6">
        <p className="min-w-0 flex-1">
          <span className="font-semibold">Update available.</span> Reload to use the new version of Rehearse; your saved
          practice and any answer in progress are kept.
        </p>
        <div className="flex shrink-0 items-center gap-2">
          <Button
            size="sm"
            disabled={reloading}
            onClick={() => {
              setReloading(true);
              update.apply();
            }}
          >
            {reloading ? 'Reloading…' : 'Reload'}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setDismissed(update)}>
            Not now
          </Button>
        </div>
      </div>
    </div>
  );
}
