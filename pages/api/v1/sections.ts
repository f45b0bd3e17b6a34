import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { listApiSections } from '@/lib/content-api/newsroom';
import { answerWithKey, contentApiRoute } from '@/lib/content-api/route';
import { sectionListSchema, sectionsQuery } from '@/lib/content-api/schemas';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** The sections, in the order of the site navigation: `?locale=`. */
export const GET = defineRoute({
  ...contentApiRoute,
  input: sectionsQuery,
  handler: (context) => answerWithKey(context, sectionListSchema, (db) => listApiSections(db, context.input.locale)),
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({}), { GET });
