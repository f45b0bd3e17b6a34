import type { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { commentsChanged } from './after-change';
import { isCommentId } from './comment-id';
import { getReaderLimits, spend, type ReaderLimits } from './rate-limits';
import { refuse, type CommentRefusal } from './refusal';
import type { reportSchema } from './schema';
import { getCommentSettings } from './settings';

export type CommentReportInput = Omit<z.output<typeof reportSchema>, 'locale'>;

/** `hidden`: this report was the one that took the comment out of readers' sight. */
export type ReportOutcome = { ok: true; hidden: boolean };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * A reader's report, once per reader (their address hash) and comment. When the open reports reach the site's
 * threshold the comment is held for a moderator. The count is raised by one UPDATE inside the transaction, which
 * locks the row: concurrent reports are counted one after the other, so exactly one of them reaches the threshold.
 */
export async function reportComment(
  db: Database,
  commentId: string,
  { reason, note }: CommentReportInput,
  reporterHash: string,
  { limits = getReaderLimits() }: { limits?: ReaderLimits } = {},
): Promise<ReportOutcome | CommentRefusal> {
  if (!isCommentId(commentId)) return refuse('notFound');
  const wait = await spend([{ limiter: limits.reportsPerAddress, key: reporterHash }]);
  if (wait > 0) return refuse('tooManyRequests', { retryAfterSeconds: wait });

  const [comment, { reportThreshold }] = await Promise.all([
    db.comment.findFirst({ where: { id: commentId, status: 'VISIBLE' }, select: { id: true, articleId: true } }),
    getCommentSettings(db),
  ]);
  if (!comment) return refuse('notFound');

  try {
    const hidden = await db.$transaction(async (tx) => {
      await tx.commentReport.create({ data: { commentId, reporterHash, reason, note: note || null } });
      const counted = await tx.comment.update({
        where: { id: commentId },
        data: { openReportCount: { increment: 1 } },
        select: { openReportCount: true, status: true },
      });
      if (counted.status !== 'VISIBLE' || counted.openReportCount < reportThreshold) return false;
      await tx.comment.update({ where: { id: commentId }, data: { status: 'HELD', holdReason: 'REPORTS' } });
      return true;
    });
    if (hidden) await commentsChanged(db, [comment.articleId]);
    return { ok: true, hidden };
  } catch (error) {
    if (isUniqueViolation(error)) return refuse('alreadyReported');
    throw error;
  }
}
