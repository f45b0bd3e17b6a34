import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentMode, CommentPage, CommentView } from '@/lib/comments/reader/comment-view';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { commentApi, type ApiResult, type CommentOrder, type Posted } from './comment-api';
import { setCommentCount, useCommentCount } from './comment-count-store';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { busyClassName, textButtonClassName } from './ui';
import { useFleetingMessage } from './use-fleeting-message';

type List = { status: 'loading' | 'failed' | 'ready'; comments: CommentView[]; nextCursor: string | null };

const orders: CommentOrder[] = ['newest', 'oldest'];

/**
 * The readers' comments under an article. The article page is cached and carries only their count, so the
 * section fetches the comments itself once the reader comes near it (components/islands/boot.ts). After the reader
 * posts or deletes, it loads them again, with whatever others wrote meanwhile, so the count, the header's and the
 * list agree. Its "posted" or "deleted" leaves after a few seconds, or at the reader's next keystroke.
 */
export function CommentSection({ slug, locale, count: storedCount }: { slug: string; locale: Locale; count: number }) {
  const t = getCommentMessages(locale);
  const count = useCommentCount(slug) ?? storedCount;
  const [mode, setMode] = useState<CommentMode | null>(null);
  const [order, setOrder] = useState<CommentOrder>('newest');
  const [list, setList] = useState<List>({ status: 'loading', comments: [], nextCursor: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const [announcement, setAnnouncement] = useFleetingMessage();
  const heading = useRef<HTMLHeadingElement>(null);
  // A reload in another order supersedes one still on its way.
  const latest = useRef(0);

  const show = useCallback(
    (request: number, result: ApiResult<CommentPage>) => {
      if (request !== latest.current) return;
      // A failed reload after the reader's own post or deletion leaves the list on screen rather than an error.
      if (!result.ok) return setList((l) => (l.status === 'ready' ? l : { ...l, status: 'failed' }));
      const page = result.data;
      setMode(page.mode);
      setCommentCount(slug, page.count);
      setList({ status: 'ready', comments: page.comments, nextCursor: page.nextCursor });
    },
    [slug],
  );

  const load = useCallback(
    (nextOrder: CommentOrder) => {
      const request = ++latest.current;
      return commentApi.list(locale, slug, nextOrder).then((result) => show(request, result));
    },
    [locale, slug, show],
  );

  useEffect(() => {
    void load('newest');
  }, [load]);

  function reorder(nextOrder: CommentOrder) {
    setOrder(nextOrder);
    setList((l) => ({ ...l, status: 'loading' }));
    void load(nextOrder);
  }

  async function loadMore() {
    if (!list.nextCursor || loadingMore) return;
    setLoadingMore(true);
    const request = latest.current;
    const result = await commentApi.list(locale, slug, order, list.nextCursor);
    setLoadingMore(false);
    if (request !== latest.current) return;
    if (!result.ok) return setAnnouncement(result.failure.error);
    const seen = new Set(list.comments.map((c) => c.id));
    setList((l) => ({
      status: 'ready',
      comments: [...l.comments, ...result.data.comments.filter((c) => !seen.has(c.id))],
      nextCursor: result.data.nextCursor,
    }));
  }

  function posted(result: Posted) {
    if (result.held) return setAnnouncement(t.held);
    setAnnouncement(t.posted);
    // Newest first, the comment comes on top; oldest first, at the end of the list once it has been reached.
    void load(order);
  }

  function deleted(id: string) {
    setList((l) => ({ ...l, comments: l.comments.filter((c) => c.id !== id) }));
    setCommentCount(slug, (n) => n - 1);
    setAnnouncement(t.deleted);
    heading.current?.focus();
    void load(order);
  }

  return (
    <section
      id="comments"
      aria-labelledby="comments-title"
      onInput={() => setAnnouncement('')}
      className="mt-12 scroll-mt-4 border-t-2 border-ink pt-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="comments-title" ref={heading} tabIndex={-1} className="text-lg font-bold">
          {t.heading} <span className="text-accent">{count}</span>
        </h2>
        {list.comments.length > 1 && (
          <div role="group" aria-label={t.order} className="flex gap-3 text-sm">
            {orders.map((o) => (
              <button
                key={o}
                type="button"
                aria-pressed={order === o}
                onClick={() => order !== o && reorder(o)}
                className="text-muted aria-pressed:font-semibold aria-pressed:text-ink"
              >
                {t[o]}
              </button>
            ))}
          </div>
        )}
      </div>
      {mode === 'CLOSED' && <p className="mt-4 rounded border border-rule p-4 text-sm text-muted">{t.errors.closed}</p>}
      {mode !== null && mode !== 'CLOSED' && <CommentForm slug={slug} locale={locale} mode={mode} onPosted={posted} />}
      <p role="status" className="mt-4 text-sm font-semibold empty:hidden">
        {announcement}
      </p>
      {list.status === 'loading' && <p className="mt-4 text-sm text-muted">{t.loading}</p>}
      {list.status === 'failed' && (
        <p className="mt-4 flex gap-3 text-sm">
          <span className="text-accent">{t.loadFailed}</span>
          <button type="button" onClick={() => reorder(order)} className={textButtonClassName}>
            {t.retry}
          </button>
        </p>
      )}
      {list.status === 'ready' && list.comments.length === 0 && <p className="mt-4 text-sm text-muted">{t.empty}</p>}
      {list.status === 'ready' && list.comments.length > 0 && (
        <ul className="mt-2">
          {list.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} slug={slug} locale={locale} onDeleted={deleted} />
          ))}
        </ul>
      )}
      {list.status === 'ready' && list.nextCursor && (
        <button
          type="button"
          onClick={loadMore}
          aria-disabled={loadingMore || undefined}
          className={`mt-4 w-full rounded border border-rule py-2 text-sm font-semibold hover:border-ink ${busyClassName}`}
        >
          {t.more}
        </button>
      )}
    </section>
  );
}
