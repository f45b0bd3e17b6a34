import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { staffOfRequest } from '@/lib/auth/staff-session';
import { firstCommentPage, listArticleComments } from '@/lib/comments/reader/list-comments';
import { postComment } from '@/lib/comments/reader/post-comment';
import { listChanged, readerHash, readerRoute } from '@/lib/comments/reader/reader-routes';
import { commentListSchema, newCommentSchema } from '@/lib/comments/reader/reader-schema';
import { getReadDatabase } from '@/lib/runtime/read-database';
import { pagesApiRoute } from '@/lib/http/pages-api';
import { storedJsonResponse } from '@/lib/http/stored-json-response';

const address = { slug: z.string() };

/**
 * The comments readers see: `?order=newest|oldest&cursor=…` (`locale` picks the language of an error). The first
 * page of each order, which every reader of the article loads, comes from the shared cache, read from the primary
 * so a write's revalidation is never followed by a replica's older copy; browsers check it again each time.
 */
export const GET = defineRoute({
  ...readerRoute,
  input: commentListSchema.extend(address),
  handler: async ({ input: { slug, order, cursor }, db, request }) => {
    if (cursor) return listArticleComments(getReadDatabase(), slug, { order, cursor });
    return storedJsonResponse(request, await firstCommentPage(db, slug, order), 'no-cache');
  },
});

/** A reader's comment: 201 shown at once, 202 held for a moderator. */
export const POST = defineRoute({
  ...readerRoute,
  input: newCommentSchema.extend(address),
  handler: async ({ input: { slug, ...comment }, db, request }) => {
    const staff = await staffOfRequest(request);
    const posted = await postComment(db, slug, comment, { ipHash: readerHash(request), staffId: staff?.id ?? null });
    return listChanged(posted, posted.held ? 202 : 201);
  },
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object(address), { GET, POST });
