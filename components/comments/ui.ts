import type { Dispatch, FormEvent, KeyboardEvent, SetStateAction } from 'react';
import type { CommentFailure } from '@/lib/comments/reader/comment-view';
import { withoutFieldError } from './comment-api';

/** A quiet button that reads like a link: switches, retries. */
export const textButtonClassName = 'self-start text-sm text-muted underline underline-offset-2 hover:text-ink';

/** The inline forms under a comment (delete, report): a tinted box, small buttons, Escape closes. */
export const panelClassName = 'mt-3 flex flex-col gap-3 rounded border border-rule bg-rule/30 p-3';
export const panelButtonClassName = 'rounded border border-ink px-3 py-1.5 text-sm font-semibold';

/** A busy button stays focusable (a disabled one drops the keyboard focus to the page): aria-disabled, its handler waits. */
export const busyClassName = 'aria-disabled:cursor-wait aria-disabled:opacity-60';

export function closeOnEscape(onClose: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
}

/** A form's `onInput`: the field the reader changes drops the server's error, which was about its old value. */
export function clearErrorOnInput(setFailure: Dispatch<SetStateAction<CommentFailure | null>>) {
  return (event: FormEvent) => setFailure((f) => withoutFieldError(f, (event.target as HTMLInputElement).name));
}
