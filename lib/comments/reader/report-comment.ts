import '#server-only';
import type { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { commentsChanged } from '../after-change';
import { passChallenge, wrongAnswers } from '../challenge/pass-challenge';
import { isCommentId, type reportSchema } from './reader-schema';
import { getReaderLimits, secondsUntilAvailable, spend, type ReaderLimits } from './reader-limits';
import { refused } from './reader-refusal';
import { commentsHiddenByReports, getCommentSettings } from './comment-rules';

export type CommentReportInput = Omit<z.output<typeof reportSchema>, 'locale'>;

/** Keyed hashes of the reporter's address and of its network (./reader-routes.ts); never the address. */
export type Reporter = { ipHash: string; networkHash: string };

/** `hidden`: this report was the one that took the comment out of readers' sight. */
export type ReportOutcome = { hidden: boolean };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * A reader's first report on an article costs an anti-spam answer, so a script cannot report for free; once it is
 * answered, the reader (their address hash) reports further comments there without another.
 */
async function admitReporter(
  db: Database,
  limits: ReaderLimits,
  articleId: string,
  ipHash: string,
  { challengeId, answer }: CommentReportInput,
  now: Date,
): Promise<void> {
  const pass = await db.commentReportPass.findUnique({
    where: { articleId_reporterHash: { articleId, reporterHash: ipHash } },
    select: { articleId: true },
  });
  if (pass) return;
  if (!challengeId) throw refused('reportChallenge', { field: 'answer' });
  if (!answer) throw refused('answerRequired', { field: 'answer' });
  const wait = await secondsUntilAvailable([wrongAnswers(limits, ipHash)]);
  if (wait > 0) throw refused('tooManyRequests', { retryAfterSeconds: wait });
  await passChallenge(limits, ipHash, articleId, { challengeId, answer }, now);
  await db.commentReportPass.createMany({ data: [{ articleId, reporterHash: ipHash }], skipDuplicates: true });
}

/**
 * A reader's report, once per reader (their address hash) and comment. When the open reports come from as many
 * distinct networks as the site's threshold, the comment is held for a moderator: one reader's phone, Wi-Fi and VPN
 * in one provider's block count once, and a comment a moderator approved is no longer hidden by reports (they still
 * reach the queue). The count is raised by one UPDATE inside the transaction, which locks the row: concurrent reports
 * are counted one after the other, so exactly one of them reaches the threshold.
 */
export async function reportComment(
  db: Database,
  commentId: string,
  input: CommentReportInput,
  reporter: Reporter,
  { limits = getReaderLimits(), now = new Date() }: { limits?: ReaderLimits; now?: Date } = {},
): Promise<ReportOutcome> {
  if (!isCommentId(commentId)) throw refused('notFound');
  const wait = await spend([{ limiter: limits.reportsPerAddress, key: reporter.ipHash }]);
  if (wait > 0) throw refused('tooManyRequests', { retryAfterSeconds: wait });

  const [comment, { reportThreshold }] = await Promise.all([
    db.comment.findFirst({ where: { id: commentId, status: 'VISIBLE' }, select: { id: true, articleId: true } }),
    getCommentSettings(db),
  ]);
  if (!comment) throw refused('notFound');
  await admitReporter(db, limits, comment.articleId, reporter.ipHash, input, now);

  try {
    const hidden = await db.$transaction(async (tx) => {
      await tx.commentReport.create({
        data: {
          commentId,
          reporterHash: reporter.ipHash,
          reporterNetworkHash: reporter.networkHash,
          reason: input.reason,
          note: input.note || null,
        },
      });
      await tx.comment.update({ where: { id: commentId }, data: { openReportCount: { increment: 1 } }, select: { id: true } });
      const hide = await commentsHiddenByReports(tx, { id: commentId }, reportThreshold);
      if (hide.length === 0) return false;
      await tx.comment.update({ where: { id: commentId }, data: { status: 'HELD', holdReason: 'REPORTS' } });
      return true;
    });
    if (hidden) await commentsChanged(db, [comment.articleId]);
    return { hidden };
  } catch (error) {
    if (isUniqueViolation(error)) throw refused('alreadyReported');
    throw error;
  }
}
