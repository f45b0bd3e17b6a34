import '#server-only';
import type { Prisma } from '@/lib/db/generated/client';

/**
 * Of the comments `where` names, the ids of those readers' reports hide: visible, never approved by a moderator (their
 * decision stands), and reported, in the reports no moderator has decided on yet, from at least `threshold` distinct
 * networks. Both a new report and a lowered threshold apply this one rule.
 */
export async function commentsHiddenByReports(tx: Prisma.TransactionClient, where: Prisma.CommentWhereInput, threshold: number): Promise<string[]> {
  const candidates = await tx.comment.findMany({
    // Reports from distinct networks are at most all open reports: the partial index of reported comments narrows it.
    where: { AND: [where, { status: 'VISIBLE', approvedAt: null, openReportCount: { gte: threshold } }] },
    select: { id: true, reports: { where: { resolvedAt: null }, distinct: ['reporterNetworkHash'], select: { reporterNetworkHash: true } } },
  });
  return candidates.filter((comment) => comment.reports.length >= threshold).map((comment) => comment.id);
}
