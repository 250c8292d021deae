import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: ReactNode;
  /** Called when the person dismisses the dialog (Escape, or a button that calls it). */
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Role "alertdialog" for confirmations that interrupt (a delete). */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal on the native <dialog>: `showModal()` makes the rest of the page inert, so the browser
 * traps focus and turns Escape into a `close` — no focus-trap code of our own to get wrong.
 * The dialog is open while mounted; the parent unmounts it to close it. On unmount, focus goes
 * back to whatever had it before, when that element is still on the page.
 * Initial focus goes to the element marked `data-autofocus`, else the first control.
 */
export function Dialog({ title, onClose, children, className, role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // A layout effect, so that on unmount the <dialog> is still attached when it is closed.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-modal="true"
      className={['dialog', className].filter(Boolean).join(' ')}
    >
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
