import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { commentsChanged } from '../after-change';
import type { ModerationInput } from './moderation-schema';

type Transaction = Prisma.TransactionClient;
type Staff = Pick<StaffSession, 'id'>;

/** How many comments changed. */
export type ModerationResult = { changed: number };

/** Also on which articles: their lists and counts are refreshed once the change is committed. */
export type CommentChange = ModerationResult & { articleIds: string[] };

const changedSelect = { id: true, articleId: true, nickname: true } as const;
type ChangedComment = { id: string; articleId: string; nickname: string };

/** Each action changes only comments in a state it applies to, in one conditional update: a second moderator's click changes nothing. */
function applyAction(tx: Transaction, staff: Staff, input: ModerationInput, now: Date): Promise<ChangedComment[]> {
  const ids = { in: input.ids };
  switch (input.action) {
    case 'delete':
      return tx.comment.updateManyAndReturn({
        where: { id: ids, status: { in: ['VISIBLE', 'HELD'] } },
        data: {
          status: 'DELETED',
          deletedAt: now,
          deletedById: staff.id,
          deletionReason: input.reason,
          deletionNote: input.note ?? null,
          openReportCount: 0,
        },
        select: changedSelect,
      });
    case 'approve':
      // A visible comment with reports is approved too: the moderator read it and keeps it, and reports no longer hide it.
      return tx.comment.updateManyAndReturn({
        where: { id: ids, OR: [{ status: 'HELD' }, { status: 'VISIBLE', openReportCount: { gt: 0 } }] },
        data: { status: 'VISIBLE', holdReason: null, openReportCount: 0, approvedAt: now },
        select: changedSelect,
      });
    case 'restore':
      // A comment its author deleted with their password stays deleted: only moderators' deletions are undone.
      return tx.comment.updateManyAndReturn({
        where: { id: ids, status: 'DELETED', deletedById: { not: null } },
        data: {
          status: 'VISIBLE',
          holdReason: null,
          deletedAt: null,
          deletedById: null,
          deletionReason: null,
          deletionNote: null,
          approvedAt: now,
        },
        select: changedSelect,
      });
  }
}

/** Writes the change and, for each comment changed, its audit entry (who, what, why) in one transaction. */
export async function changeComments(tx: Transaction, staff: Staff, input: ModerationInput): Promise<CommentChange> {
  const now = new Date();
  const changed = await applyAction(tx, staff, input, now);
  const changedIds = changed.map((c) => c.id);
  if (input.action !== 'restore' && changedIds.length > 0) {
    await tx.commentReport.updateMany({ where: { commentId: { in: changedIds }, resolvedAt: null }, data: { resolvedAt: now } });
  }
  for (const comment of changed) {
    await recordAudit(tx, {
      actorId: staff.id,
      action: `comment.${input.action}`,
      entityType: 'comment',
      entityId: comment.id,
      details: {
        articleId: comment.articleId,
        nickname: comment.nickname,
        ...(input.reason && { reason: input.reason }),
        ...(input.note && { note: input.note }),
      },
    });
  }
  return { changed: changed.length, articleIds: [...new Set(changed.map((c) => c.articleId))] };
}

/** Deletes (soft: the record stays for the audit), approves or restores up to a hundred comments at once. */
export async function moderateComments(db: Database, staff: Staff, input: ModerationInput): Promise<ModerationResult> {
  const { changed, articleIds } = await db.$transaction((tx) => changeComments(tx, staff, input));
  await commentsChanged(db, articleIds);
  return { changed };
}
