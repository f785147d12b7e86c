import type { ReactNode, Ref } from 'react';

import { Button } from './Button';
import { Icon } from './Icon';

export interface ToastProps {
  /** What happened ("“X” deleted."); nothing shows while null. */
  message: ReactNode | null;
  /** Offers Undo when given. */
  onUndo?: () => void;
  /** The Undo button, for a page that moves focus to it. */
  undoRef?: Ref<HTMLButtonElement>;
  onDismiss: () => void;
}

/**
 * A short message at the bottom of the screen, with Undo when the action can
 * be taken back (a deleted session, guide or story). The live region is
 * always in the page, so screen readers announce what is put into it.
 */
export function Toast({ message, onUndo, undoRef, onDismiss }: ToastProps) {
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-3 z-50 flex justify-center px-3 sm:bottom-5">
      <div role="status" className="w-full max-w-md">
        {message ? (
          <div className="pointer-events-auto flex items-center gap-3 rounded-2xl border border-border bg-surface py-2 pr-2 pl-4 text-sm shadow-lg">
            <p className="min-w-0 flex-1 font-medium">{message}</p>
            {onUndo ? (
              <Button ref={undoRef} variant="secondary" size="sm" onClick={onUndo}>
                Undo
              </Button>
            ) : null}
            <Button variant="ghost" size="sm" aria-label="Dismiss" onClick={onDismiss}>
              <Icon name="close" />
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
