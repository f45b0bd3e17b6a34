import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { contentApiDocument } from '@/lib/content-api/openapi';
import { contentApiRoute, versionedJson } from '@/lib/content-api/route';
import { openApiQuery } from '@/lib/content-api/schemas';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** The OpenAPI 3.1 document of the content API, open to anyone: it describes the API, it holds no content. */
export const GET = defineRoute({
  ...contentApiRoute,
  input: openApiQuery,
  handler: async ({ request }) => versionedJson(request, contentApiDocument()),
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({}), { GET });
