import { useEffect, useRef, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';

import { forgetDeletedGuide, undoDeleteGuide, useDeletedGuide } from './actions';

/**
 * After a guide of one's own is deleted (on its page, which is then gone), the
 * library says so with Undo, as history does for a session. Always in the
 * page, so screen readers announce what is put into it.
 */
export function DeletedGuideNotice() {
  const deleted = useDeletedGuide();
  const [restored, setRestored] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  // The page one was on is gone: focus goes to Undo, the next thing one may want.
  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  const text = deleted ? `“${deleted.guide.title}” deleted.` : restored ? `“${restored}” restored.` : null;

  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-3 z-50 flex justify-center px-3 sm:bottom-5">
      <div role="status" className="w-full max-w-md">
        {text ? (
          <div className="pointer-events-auto flex items-center gap-3 rounded-2xl border border-border bg-surface py-2 pr-2 pl-4 text-sm shadow-lg">
            <p className="min-w-0 flex-1 font-medium">{text}</p>
            {deleted ? (
              <Button
                ref={undoRef}
                variant="secondary"
                size="sm"
                onClick={() => setRestored(undoDeleteGuide()?.guide.title ?? null)}
              >
                Undo
              </Button>
            ) : null}
            <Button
              variant="ghost"
              size="sm"
              aria-label="Dismiss"
              onClick={() => {
                forgetDeletedGuide();
                setRestored(null);
              }}
            >
              <Icon name="close" />
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
