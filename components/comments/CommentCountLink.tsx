import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { useCommentCount } from './comment-count-store';

/** `댓글 3` in the article header, a jump to the comment section: the page's stored count, then the section's. */
export function CommentCountLink({ slug, locale, count }: { slug: string; locale: Locale; count: number }) {
  const t = getCommentMessages(locale);
  const shown = useCommentCount(slug) ?? count;
  return (
    <a href="#comments" className="shrink-0 text-sm text-muted underline-offset-2 hover:underline">
      {t.countLink(shown)}
    </a>
  );
}
