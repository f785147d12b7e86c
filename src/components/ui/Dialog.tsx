import { useEffect, useId, useRef, type ComponentProps, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { Icon } from './Icon';

export interface DialogProps extends Omit<ComponentProps<'dialog'>, 'open' | 'onClose' | 'title' | 'ref'> {
  open: boolean;
  /** Called on Escape, the close button and a click on the backdrop. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal on the native <dialog>: `showModal()` makes the rest of the page
 * inert (the focus trap) and puts the dialog in the top layer. Focus goes to
 * the first control inside (or one marked `autoFocus`) and back to whatever
 * had it when the dialog closes. Rendered only while open, so closed dialogs
 * are not in the accessibility tree.
 */
export function Dialog(props: DialogProps) {
  if (!props.open) return null;
  return <OpenDialog {...props} />;
}

// `open` is taken out of the spread: as an attribute it would open the
// dialog non-modally, and showModal() then throws.
function OpenDialog({ open: _open, onClose, title, description, children, className, ...props }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom and very old browsers have no showModal(); the dialog then opens
    // non-modally, which still shows it and keeps Escape working.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const initial = dialog.querySelector<HTMLElement>('[autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    (initial ?? dialog).focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    // Escape and a click on the backdrop are the modal's own dismiss gestures,
    // not controls of their own; the close button is the accessible one.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      // The browser's own Escape handling would close the element behind
      // React's back; route it through onClose so state stays the source of truth.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
      // The dialog's own box is only hit outside the panel, i.e. on the backdrop.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={cn(
        'm-auto w-[min(36rem,calc(100vw-2rem))] max-w-none overflow-visible bg-transparent p-0 text-fg backdrop:bg-black/50 backdrop:backdrop-blur-[2px]',
        className,
      )}
      {...props}
    >
      <div className="flex max-h-[calc(100dvh-2rem)] flex-col overflow-hidden rounded-2xl border border-border bg-surface shadow-xl">
        <div className="flex items-start justify-between gap-4 border-b border-border px-5 py-4 sm:px-6">
          <div className="space-y-1">
            <h2 id={titleId} className="text-lg font-semibold tracking-tight">
              {title}
            </h2>
            {description ? (
              <p id={descriptionId} className="text-sm text-fg-muted">
                {description}
              </p>
            ) : null}
          </div>
          <button
            type="button"
            onClick={onClose}
            className="-m-1.5 inline-flex size-9 shrink-0 items-center justify-center rounded-lg text-fg-muted transition hover:bg-surface-muted hover:text-fg"
          >
            <Icon name="close" className="size-5" />
            <span className="sr-only">Close</span>
          </button>
        </div>
        <div className="overflow-y-auto px-5 py-5 sm:px-6">{children}</div>
      </div>
    </dialog>
  );
}
