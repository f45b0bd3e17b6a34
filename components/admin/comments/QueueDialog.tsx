'use client';

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { buttonClassName } from '@/components/shared/FormField';

type Props = {
  title: string;
  submitLabel: string;
  cancelLabel: string;
  pending: boolean;
  pendingLabel: string;
  error: string | null;
  onSubmit: (form: FormData) => void;
  onClose: () => void;
  children: ReactNode;
};

/** A modal form (the browser's own dialog: focus is kept inside, Escape closes it), opened as soon as it is shown. */
export function QueueDialog({ title, submitLabel, cancelLabel, pending, pendingLabel, error, onSubmit, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // No close() on unmount: taking the element out of the page ends the modal, and a close event then would reach a parent already moving on.
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-full max-w-md rounded border border-rule bg-paper p-0 text-ink backdrop:bg-black/50"
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4 p-5">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        {children}
        <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
          {error}
        </p>
        <div className="flex items-center gap-4">
          <button type="submit" disabled={pending} className={buttonClassName}>
            {pending ? pendingLabel : submitLabel}
          </button>
          <button type="button" onClick={() => dialog.current?.close()} className="font-semibold hover:underline">
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
