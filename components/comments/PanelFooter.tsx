import type { CommentFailure } from '@/lib/comments/reader/comment-view';
import { formMessage } from './comment-api';
import { busyClassName, panelButtonClassName } from './ui';

type Props = { failure: CommentFailure | null; pending: boolean; submitLabel: string; cancelLabel: string; onClose: () => void };

/** The end of an inline panel under a comment: what went wrong, then its submit and cancel buttons. */
export function PanelFooter({ failure, pending, submitLabel, cancelLabel, onClose }: Props) {
  return (
    <>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {formMessage(failure)}
      </p>
      <div className="flex gap-2">
        <button type="submit" aria-disabled={pending || undefined} className={`${panelButtonClassName} ${busyClassName} bg-ink text-paper`}>
          {submitLabel}
        </button>
        <button type="button" onClick={onClose} className={panelButtonClassName}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
