import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { findApiArticle } from '@/lib/content-api/articles';
import { answerWithKey, contentApiRoute } from '@/lib/content-api/route';
import { articleQuery, articleSchema } from '@/lib/content-api/schemas';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** One published article in full: `?locale=`. */
export const GET = defineRoute({
  ...contentApiRoute,
  input: articleQuery,
  handler: (context) => answerWithKey(context, articleSchema, (db) => findApiArticle(db, context.input.slug, context.input.locale)),
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ slug: z.string() }), { GET });
