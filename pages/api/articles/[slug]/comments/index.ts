import { z } from 'zod';
import { staffOfRequest } from '@/lib/auth/staff-session';
import { firstCommentPage } from '@/lib/comments/list-cache';
import { listArticleComments } from '@/lib/comments/list-comments';
import { postComment } from '@/lib/comments/post-comment';
import { answer, commentAction, commentJson, readerHash, withFreshListsCookie } from '@/lib/comments/responses';
import { commentOrderSchema, newCommentSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/runtime/database';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { pagesApiRoute } from '@/lib/http/pages-api';
import { storedJsonResponse } from '@/lib/http/stored-json-response';
import { isLocale, sourceLocale } from '@/lib/i18n/locales';

type Params = { slug: string };

/**
 * The comments readers see: `?order=newest|oldest&cursor=…` (`locale` picks the language of an error). The first
 * page of each order, which every reader of the article loads, comes from the shared cache, read from the primary
 * so a write's revalidation is never followed by a replica's older copy; browsers check it again each time.
 */
export async function GET(request: Request, { slug }: Params) {
  const query = new URL(request.url).searchParams;
  const locale = query.get('locale') ?? '';
  return answer(isLocale(locale) ? locale : sourceLocale, async () => {
    const order = commentOrderSchema.parse(query.get('order') ?? undefined);
    const cursor = query.get('cursor') ?? undefined;
    if (cursor) {
      const listed = await listArticleComments(getReadDatabase(), slug, { order, cursor });
      return listed.ok ? commentJson(listed.page) : listed;
    }
    const first = await firstCommentPage(getDatabase(), slug, order);
    return 'etag' in first ? storedJsonResponse(request, first, 'no-cache') : first;
  });
}

/** A reader's comment: 201 shown at once, 202 held for a moderator. */
export async function POST(request: Request, { slug }: Params) {
  return commentAction(request, newCommentSchema, async (comment) => {
    const staff = await staffOfRequest(request);
    const posted = await postComment(getDatabase(), slug, comment, { ipHash: readerHash(request), staffId: staff?.id ?? null });
    if (!posted.ok) return posted;
    return withFreshListsCookie(posted.held ? commentJson({ comment: null, held: true }, 202) : commentJson({ comment: posted.comment, held: false }, 201));
  });
}

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ slug: z.string() }), { GET, POST });
