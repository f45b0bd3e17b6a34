import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import type { CommentBanKind } from '@/lib/db/generated/enums';
import { foldNickname } from '../reader/reader-schema';
import { commentsChanged } from '../after-change';
import { changeComments, type CommentChange, type ModerationResult } from './moderate-comments';
import { banPeriods } from './moderation-limits';
import type { BanInput } from './moderation-schema';

type Staff = Pick<StaffSession, 'id'>;

const dayMs = 24 * 60 * 60 * 1000;

export type BanResult = { banned: number; deleted: ModerationResult };

export type ActiveBan = {
  id: string;
  kind: CommentBanKind;
  value: string;
  reason: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  createdBy: { nameKo: string; nameEn: string } | null;
};

/**
 * Bans nicknames (matched folded, however they are typed) or address hashes from commenting, for a period or
 * until lifted; with `deleteExisting`, their comments still up are deleted too (Coral's "reject all on ban").
 */
export async function banCommenters(db: Database, staff: Staff, input: BanInput, now = new Date()): Promise<BanResult> {
  const values = [...new Set(input.values.map((value) => (input.kind === 'NICKNAME' ? foldNickname(value) : value)))];
  const days = banPeriods[input.period];
  const expiresAt = days === null ? null : new Date(now.getTime() + days * dayMs);
  const result = await db.$transaction(
    async (tx) => {
      for (const value of values) {
        const ban = await tx.commentBan.create({
          data: { kind: input.kind, value, reason: input.reason, expiresAt, createdById: staff.id },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: staff.id,
          action: 'comment.ban',
          entityType: 'commentBan',
          entityId: ban.id,
          details: { kind: input.kind, value, reason: input.reason, expiresAt: expiresAt?.toISOString() ?? null },
        });
      }
      let deleted: CommentChange = { changed: 0, articleIds: [] };
      if (input.deleteExisting) {
        const author = input.kind === 'NICKNAME' ? { nicknameKey: { in: values } } : { ipHash: { in: values } };
        const theirs = await tx.comment.findMany({ where: { ...author, status: { in: ['VISIBLE', 'HELD'] } }, select: { id: true } });
        if (theirs.length > 0) {
          deleted = await changeComments(tx, staff, {
            action: 'delete',
            ids: theirs.map((c) => c.id),
            reason: 'OTHER',
            note: input.reason,
          });
        }
      }
      return { banned: values.length, deleted };
      // A prolific spammer's comments each get an audit entry: more than the default five seconds' work.
    },
    { timeout: 60_000 },
  );
  await commentsChanged(db, result.deleted.articleIds);
  return { banned: result.banned, deleted: { changed: result.deleted.changed } };
}

/** False when there is no such ban or it was already lifted. */
export function liftBan(db: Database, staff: Staff, banId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const lifted = await tx.commentBan.updateManyAndReturn({
      where: { id: banId, liftedAt: null },
      data: { liftedAt: new Date() },
      select: { id: true, kind: true, value: true },
    });
    for (const ban of lifted) {
      await recordAudit(tx, {
        actorId: staff.id,
        action: 'comment.unban',
        entityType: 'commentBan',
        entityId: ban.id,
        details: { kind: ban.kind, value: ban.value },
      });
    }
    return lifted.length > 0;
  });
}

/** Bans in force now, newest first. */
export function listActiveBans(db: Database, now = new Date()): Promise<ActiveBan[]> {
  return db.commentBan.findMany({
    where: { liftedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      kind: true,
      value: true,
      reason: true,
      createdAt: true,
      expiresAt: true,
      createdBy: { select: { nameKo: true, nameEn: true } },
    },
  });
}

/** Whether new comments from this nickname (folded) or address hash are refused right now. */
export async function isBannedCommenter(
  db: Database,
  { nicknameKey, ipHash }: { nicknameKey: string; ipHash: string },
  now = new Date(),
): Promise<boolean> {
  const ban = await db.commentBan.findFirst({
    where: {
      OR: [
        { kind: 'NICKNAME', value: nicknameKey },
        { kind: 'IP_HASH', value: ipHash },
      ],
      liftedAt: null,
      AND: [{ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }],
    },
    select: { id: true },
  });
  return ban !== null;
}
