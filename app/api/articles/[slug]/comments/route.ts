import { getStaffSession } from '@/lib/auth/session';
import { listArticleComments } from '@/lib/comments/list-comments';
import { postComment } from '@/lib/comments/post-comment';
import { answer, commentAction, commentJson, readerHash } from '@/lib/comments/responses';
import { commentOrderSchema, newCommentSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/db/client';
import { getReadDatabase } from '@/lib/db/replica';
import { isLocale, sourceLocale } from '@/lib/i18n/locales';

type Context = { params: Promise<{ slug: string }> };

/** The comments readers see: `?order=newest|oldest&cursor=…` (`locale` picks the language of an error). */
export async function GET(request: Request, { params }: Context) {
  const query = new URL(request.url).searchParams;
  const locale = query.get('locale') ?? '';
  return answer(isLocale(locale) ? locale : sourceLocale, async () => {
    const listed = await listArticleComments(getReadDatabase(), (await params).slug, {
      order: commentOrderSchema.parse(query.get('order') ?? undefined),
      cursor: query.get('cursor') ?? undefined,
    });
    return listed.ok ? commentJson(listed.page) : listed;
  });
}

/** A reader's comment: 201 shown at once, 202 held for a moderator. */
export async function POST(request: Request, { params }: Context) {
  return commentAction(request, newCommentSchema, async (comment) => {
    const staff = await getStaffSession();
    const posted = await postComment(getDatabase(), (await params).slug, comment, { ipHash: readerHash(request), staffId: staff?.id ?? null });
    if (!posted.ok) return posted;
    return posted.held ? commentJson({ comment: null, held: true }, 202) : commentJson({ comment: posted.comment, held: false }, 201);
  });
}
