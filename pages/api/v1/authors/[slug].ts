import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { findApiAuthor } from '@/lib/content-api/newsroom';
import { answerWithKey, contentApiRoute } from '@/lib/content-api/route';
import { authorQuery, authorSchema } from '@/lib/content-api/schemas';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** A reporter with a byline on a published article: `?locale=`. */
export const GET = defineRoute({
  ...contentApiRoute,
  input: authorQuery,
  handler: (context) => answerWithKey(context, authorSchema, (db) => findApiAuthor(db, context.input.slug, context.input.locale)),
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ slug: z.string() }), { GET });
