import { z } from 'zod';
import { deleteOwnComment } from '@/lib/comments/delete-own-comment';
import { commentAction, commentJson, readerHash, withFreshListsCookie } from '@/lib/comments/responses';
import { ownDeletionSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/runtime/database';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** The author deletes their comment with its password. */
export async function POST(request: Request, { id }: { id: string }) {
  return commentAction(request, ownDeletionSchema, async ({ password }) => {
    const deleted = await deleteOwnComment(getDatabase(), id, password, readerHash(request));
    return deleted.ok ? withFreshListsCookie(commentJson({ deleted: true })) : deleted;
  });
}

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ id: z.string() }), { POST });
