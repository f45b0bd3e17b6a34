import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { reportComment } from '@/lib/comments/reader/report-comment';
import { listChanged, readerHash, readerNetworkHash, readerRoute } from '@/lib/comments/reader/reader-routes';
import { reportSchema } from '@/lib/comments/reader/reader-schema';
import { pagesApiRoute } from '@/lib/http/pages-api';

/**
 * A reader reports a comment (the first time on an article, with an anti-spam answer); readers from enough distinct
 * networks hide it until a moderator decides.
 */
export const POST = defineRoute({
  ...readerRoute,
  input: reportSchema.extend({ id: z.string() }),
  handler: async ({ input: { id, ...report }, db, request }) => {
    await reportComment(db, id, report, { ipHash: readerHash(request), networkHash: readerNetworkHash(request) });
    return listChanged({ reported: true }, 201);
  },
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ id: z.string() }), { POST });
