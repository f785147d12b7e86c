import { useEffect, useRef, useState } from 'react';

import { Toast } from '@/components/ui/Toast';

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
    <Toast
      message={text}
      onUndo={deleted ? () => setRestored(undoDeleteGuide()?.guide.title ?? null) : undefined}
      undoRef={undoRef}
      onDismiss={() => {
        forgetDeletedGuide();
        setRestored(null);
      }}
    />
  );
}
