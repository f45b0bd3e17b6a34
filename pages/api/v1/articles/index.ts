import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { listApiArticles } from '@/lib/content-api/articles';
import { answerWithKey, contentApiRoute } from '@/lib/content-api/route';
import { articleListQuery, articlePageSchema } from '@/lib/content-api/schemas';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** Published articles, newest first: `?locale=&section=|desk=|tag=|author=&after=&limit=` (lib/content-api/schemas.ts). */
export const GET = defineRoute({
  ...contentApiRoute,
  input: articleListQuery,
  handler: (context) => answerWithKey(context, articlePageSchema, (db) => listApiArticles(db, context.input)),
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({}), { GET });
