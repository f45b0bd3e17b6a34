import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { deleteOwnComment } from '@/lib/comments/reader/delete-own-comment';
import { listChanged, readerHash, readerRoute } from '@/lib/comments/reader/reader-routes';
import { ownDeletionSchema } from '@/lib/comments/reader/reader-schema';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** The author deletes their comment with its password. */
export const POST = defineRoute({
  ...readerRoute,
  input: ownDeletionSchema.extend({ id: z.string() }),
  handler: async ({ input, db, request }) => {
    await deleteOwnComment(db, input.id, input.password, readerHash(request));
    return listChanged({ deleted: true });
  },
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ id: z.string() }), { POST });
