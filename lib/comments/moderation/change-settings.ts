import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import type { CommentMode } from '@/lib/db/generated/enums';
import { NotFoundError } from '@/lib/errors';
import { allCommentListsChanged, commentsChanged } from '../after-change';
import { commentsHiddenByReports } from '../reader/comment-rules';
import type { CommentSettingsInput } from './moderation-schema';

type Staff = Pick<StaffSession, 'id'>;

/**
 * The site's comment mode and report threshold. A lower threshold applies to comments already reported from that
 * many networks, as if the last report had just come in: they are hidden until a moderator decides.
 */
export async function updateCommentSettings(db: Database, staff: Staff, input: CommentSettingsInput): Promise<{ hidden: number }> {
  const hiddenOn = await db.$transaction(async (tx) => {
    const before = await tx.commentSettings.findUnique({ where: { id: 1 }, select: { mode: true, reportThreshold: true } });
    await tx.commentSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    const hide = await commentsHiddenByReports(tx, {}, input.reportThreshold);
    const hidden = await tx.comment.updateManyAndReturn({
      where: { id: { in: hide }, status: 'VISIBLE' },
      data: { status: 'HELD', holdReason: 'REPORTS' },
      select: { articleId: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: 'comment.settings',
      entityType: 'commentSettings',
      entityId: '1',
      details: { before, after: input, hidden: hidden.length },
    });
    return hidden.map((comment) => comment.articleId);
  });
  // The site's mode is in every list (whether the form is open): all of them, and the pages whose count fell.
  await Promise.all([allCommentListsChanged(), commentsChanged(db, hiddenOn)]);
  return { hidden: hiddenOn.length };
}

/** The article's own comment mode, or null to follow the site's. */
export async function setArticleCommentMode(db: Database, staff: Staff, articleId: string, mode: CommentMode | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id: articleId }, select: { commentMode: true } });
    if (!before) throw new NotFoundError(`No article ${articleId}`);
    await tx.article.update({ where: { id: articleId }, data: { commentMode: mode } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: 'comment.articleMode',
      entityType: 'article',
      entityId: articleId,
      details: { before: before.commentMode, after: mode },
    });
  });
  await commentsChanged(db, [articleId]);
}
