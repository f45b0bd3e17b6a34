import { createRoot } from 'react-dom/client';
import { CommentCountLink } from '@/components/comments/CommentCountLink';
import { setCommentCount } from '@/components/comments/comment-count-store';
import { CommentSection } from '@/components/comments/CommentSection';
import type { IslandModule } from './islands';

/** The comment section, and the `댓글 N` links in the article's header that follow its count. */
export const mount: IslandModule<'comments'>['mount'] = (element, props) => {
  setCommentCount(props.slug, props.count);
  for (const link of document.querySelectorAll<HTMLElement>('[data-comment-count]')) {
    createRoot(link).render(<CommentCountLink slug={props.slug} locale={props.locale} count={props.count} />);
  }
  createRoot(element).render(<CommentSection {...props} />);
};
