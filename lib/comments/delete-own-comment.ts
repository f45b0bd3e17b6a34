import { verifyPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { commentsChanged } from './after-change';
import { isCommentId } from './comment-id';
import { getReaderLimits, secondsUntilAvailable, spend, type ReaderLimits } from './rate-limits';
import { refuse, type CommentRefusal } from './refusal';

/**
 * The author deletes their comment with the password they chose. Wrong passwords are counted per comment and
 * address and refused for a while after a few, before argon2 runs, so guessing costs the guesser, not the server.
 * A soft delete: moderators still see it, with no staff member as the one who deleted it.
 */
export async function deleteOwnComment(
  db: Database,
  commentId: string,
  password: string,
  ipHash: string,
  { limits = getReaderLimits(), now = new Date() }: { limits?: ReaderLimits; now?: Date } = {},
): Promise<{ ok: true } | CommentRefusal> {
  if (!isCommentId(commentId)) return refuse('notFound');
  const attempts = [{ limiter: limits.wrongPasswordsPerComment, key: `${ipHash}:${commentId}` }];
  const wait = await secondsUntilAvailable(attempts);
  if (wait > 0) return refuse('tooManyAttempts', { retryAfterSeconds: wait });

  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { passwordHash: true, status: true, articleId: true },
  });
  if (!comment || comment.status === 'DELETED') return refuse('notFound');
  if (!(await verifyPassword(comment.passwordHash, password))) {
    const waitAfterThis = await spend(attempts);
    return waitAfterThis > 0
      ? refuse('tooManyAttempts', { retryAfterSeconds: waitAfterThis })
      : refuse('wrongPassword', { field: 'password' });
  }

  // Conditional on the status read above: a moderator's decision in between is not overwritten.
  const { count } = await db.comment.updateMany({
    where: { id: commentId, status: comment.status },
    data: { status: 'DELETED', deletedAt: now, deletedById: null },
  });
  if (count === 0) return refuse('notFound');
  await commentsChanged(db, [comment.articleId]);
  return { ok: true };
}
