import { useRef, useState, type RefObject } from 'react';
import type { CommentView } from '@/lib/comments/reader/comment-view';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';
import { CommentText } from './CommentText';
import { DeleteCommentForm } from './DeleteCommentForm';
import { ReportCommentForm } from './ReportCommentForm';
import { useFleetingMessage } from './use-fleeting-message';

type Panel = 'delete' | 'report';
type Props = { comment: CommentView; slug: string; locale: Locale; onDeleted: (id: string) => void };

const actionClassName = 'text-muted underline-offset-2 hover:text-ink hover:underline aria-expanded:font-semibold aria-expanded:text-ink';

/** One comment: who, when (Korea time), the text, and the reader's two actions, each opening a small form below. */
export function CommentItem({ comment, slug, locale, onDeleted }: Props) {
  const t = getCommentMessages(locale);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [status, setStatus] = useFleetingMessage();
  const buttons = { delete: useRef<HTMLButtonElement>(null), report: useRef<HTMLButtonElement>(null) };
  const panelId = `comment-${comment.id}-${panel}`;

  const close = (button: RefObject<HTMLButtonElement | null>) => {
    setPanel(null);
    button.current?.focus();
  };
  const toggle = (next: Panel) => {
    setStatus('');
    setPanel((open) => (open === next ? null : next));
  };

  return (
    <li className="border-b border-rule py-4">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <strong className="font-semibold">{comment.nickname}</strong>
        {comment.staff && <span className="rounded bg-ink px-1.5 py-0.5 text-xs font-semibold text-paper">{t.staff}</span>}
        <time dateTime={comment.createdAt} className="text-muted">
          {formatNewsTime(new Date(comment.createdAt), locale)}
        </time>
      </p>
      <CommentText content={comment.content} lang={comment.locale === locale ? undefined : comment.locale} />
      <div className="mt-2 flex gap-3 text-xs">
        {(['delete', 'report'] as const).map((action) => (
          <button
            key={action}
            ref={buttons[action]}
            type="button"
            onClick={() => toggle(action)}
            aria-expanded={panel === action}
            aria-controls={panel === action ? panelId : undefined}
            className={actionClassName}
          >
            {t[action]}
          </button>
        ))}
      </div>
      <p role="status" className="mt-2 text-sm empty:hidden">
        {status}
      </p>
      {panel === 'delete' && (
        <DeleteCommentForm
          id={panelId}
          commentId={comment.id}
          locale={locale}
          onDeleted={() => onDeleted(comment.id)}
          onClose={() => close(buttons.delete)}
        />
      )}
      {panel === 'report' && (
        <ReportCommentForm
          id={panelId}
          commentId={comment.id}
          slug={slug}
          locale={locale}
          onReported={() => {
            close(buttons.report);
            setStatus(t.reported);
          }}
          onClose={() => close(buttons.report)}
        />
      )}
    </li>
  );
}
