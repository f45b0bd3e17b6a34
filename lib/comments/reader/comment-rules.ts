import '#server-only';
import { readerVisible } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import type { CommentMode } from '@/lib/db/generated/enums';
import type { Prisma } from '@/lib/db/generated/client';

export type CommentableArticle = { id: string; slug: string; mode: CommentMode };

/** A public article with the comment rules in force on it (the stricter of the site's and its own), or null. */
export async function findCommentableArticle(db: Database, slug: string): Promise<CommentableArticle | null> {
  const [article, settings] = await Promise.all([
    db.article.findFirst({ where: { slug, ...readerVisible() }, select: { id: true, slug: true, commentMode: true } }),
    getCommentSettings(db),
  ]);
  if (!article) return null;
  return { id: article.id, slug: article.slug, mode: effectiveCommentMode(settings.mode, article.commentMode) };
}

export type CommentSettingsView = { mode: CommentMode; reportThreshold: number };

const defaults: CommentSettingsView = { mode: 'OPEN', reportThreshold: 3 };

/** The site's comment rules (the migration writes the one row; the defaults stand in if it was removed). */
export async function getCommentSettings(db: Database): Promise<CommentSettingsView> {
  const row = await db.commentSettings.findUnique({ where: { id: 1 }, select: { mode: true, reportThreshold: true } });
  return row ?? defaults;
}

const strictness: Record<CommentMode, number> = { OPEN: 0, PREMODERATED: 1, CLOSED: 2 };

/** The stricter of the site's and the article's setting: closing comments site-wide closes them everywhere. */
export function effectiveCommentMode(site: CommentMode, article: CommentMode | null): CommentMode {
  if (!article) return site;
  return strictness[article] > strictness[site] ? article : site;
}

/**
 * Of the comments `where` names, the ids of those readers' reports hide: visible, never approved by a moderator (their
 * decision stands), and reported, in the reports no moderator has decided on yet, from at least `threshold` distinct
 * networks. Both a new report and a lowered threshold apply this one rule.
 */
export async function commentsHiddenByReports(
  tx: Prisma.TransactionClient,
  where: Prisma.CommentWhereInput,
  threshold: number,
): Promise<string[]> {
  const candidates = await tx.comment.findMany({
    // Reports from distinct networks are at most all open reports: the partial index of reported comments narrows it.
    where: { AND: [where, { status: 'VISIBLE', approvedAt: null, openReportCount: { gte: threshold } }] },
    select: {
      id: true,
      reports: { where: { resolvedAt: null }, distinct: ['reporterNetworkHash'], select: { reporterNetworkHash: true } },
    },
  });
  return candidates.filter((comment) => comment.reports.length >= threshold).map((comment) => comment.id);
}
