'use client';

import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { useCommentCount } from './comment-count-store';

/** `댓글 3` in the article header, a jump to the comment section; the number arrives with the section's list. */
export function CommentCountLink({ slug, locale }: { slug: string; locale: Locale }) {
  const t = getCommentMessages(locale);
  const count = useCommentCount(slug);
  return (
    <a href="#comments" className="shrink-0 text-sm text-muted underline-offset-2 hover:underline">
      {count === null ? t.heading : t.countLink(count)}
    </a>
  );
}
