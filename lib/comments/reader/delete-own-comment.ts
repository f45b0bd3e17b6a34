import '#server-only';
import { verifyPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { commentsChanged } from '../after-change';
import { isCommentId } from './reader-schema';
import { getReaderLimits, refund, spend, type Budget, type ReaderLimits } from './reader-limits';
import { refused } from './reader-refusal';

/** The address's allowances first: an address out of guesses never spends the comment's own, which its author needs. */
function passwordAttempts(limits: ReaderLimits, ipHash: string, commentId: string): Budget[] {
  return [
    { limiter: limits.wrongPasswordsPerAddress, key: ipHash },
    { limiter: limits.wrongPasswordsPerAddressAndComment, key: `${ipHash}:${commentId}` },
    { limiter: limits.wrongPasswordsPerComment, key: commentId },
  ];
}

/**
 * The author deletes their comment with the password they chose. Every attempt takes a point of its allowances
 * before argon2 runs and a right password gives it back, so only wrong ones count, and however many requests arrive
 * at once, no more hashes run than the allowances hold (lib/comments/reader/reader-limits.ts): guessing costs the guesser, not
 * the server. A soft delete: moderators still see it, with no staff member as the one who deleted it.
 */
export async function deleteOwnComment(
  db: Database,
  commentId: string,
  password: string,
  ipHash: string,
  { limits = getReaderLimits(), now = new Date() }: { limits?: ReaderLimits; now?: Date } = {},
): Promise<void> {
  if (!isCommentId(commentId)) throw refused('notFound');
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { passwordHash: true, status: true, articleId: true },
  });
  if (!comment || comment.status === 'DELETED') throw refused('notFound');

  const attempts = passwordAttempts(limits, ipHash, commentId);
  const wait = await spend(attempts);
  if (wait > 0) throw refused('tooManyAttempts', { retryAfterSeconds: wait });
  if (!(await verifyPassword(comment.passwordHash, password))) throw refused('wrongPassword', { field: 'password' });
  await refund(attempts);

  // Conditional on the status read above: a moderator's decision in between is not overwritten.
  const { count } = await db.comment.updateMany({
    where: { id: commentId, status: comment.status },
    data: { status: 'DELETED', deletedAt: now, deletedById: null },
  });
  if (count === 0) throw refused('notFound');
  await commentsChanged(db, [comment.articleId]);
}
