import { deleteOwnComment } from '@/lib/comments/delete-own-comment';
import { commentAction, commentJson, readerHash } from '@/lib/comments/responses';
import { ownDeletionSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/db/client';

/** The author deletes their comment with its password. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return commentAction(request, ownDeletionSchema, async ({ password }) => {
    const deleted = await deleteOwnComment(getDatabase(), (await params).id, password, readerHash(request));
    return deleted.ok ? commentJson({ deleted: true }) : deleted;
  });
}
