import { recordAudit } from '@/lib/audit/record';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import type { CommentMode } from '@/lib/db/generated/enums';
import { NotFoundError } from '@/lib/errors';
import type { CommentSettingsInput } from './schema';

type Staff = Pick<StaffSession, 'id'>;

/**
 * The site's comment mode and report threshold. A lower threshold applies to comments already reported that
 * often, as if the last report had just come in: they are hidden until a moderator decides.
 */
export function updateCommentSettings(db: Database, staff: Staff, input: CommentSettingsInput): Promise<{ hidden: number }> {
  return db.$transaction(async (tx) => {
    const before = await tx.commentSettings.findUnique({ where: { id: 1 }, select: { mode: true, reportThreshold: true } });
    await tx.commentSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    const { count: hidden } = await tx.comment.updateMany({
      where: { status: 'VISIBLE', openReportCount: { gte: input.reportThreshold } },
      data: { status: 'HELD', holdReason: 'REPORTS' },
    });
    await recordAudit(tx, { actorId: staff.id, action: 'comment.settings', entityType: 'commentSettings', entityId: '1', details: { before, after: input, hidden } });
    return { hidden };
  });
}

/** The article's own comment mode, or null to follow the site's. */
export function setArticleCommentMode(db: Database, staff: Staff, articleId: string, mode: CommentMode | null): Promise<void> {
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id: articleId }, select: { commentMode: true } });
    if (!before) throw new NotFoundError(`No article ${articleId}`);
    await tx.article.update({ where: { id: articleId }, data: { commentMode: mode } });
    await recordAudit(tx, { actorId: staff.id, action: 'comment.articleMode', entityType: 'article', entityId: articleId, details: { before: before.commentMode, after: mode } });
  });
}
