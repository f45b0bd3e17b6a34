import '#server-only';
import type { Database } from '@/lib/db/client';

/** Whether new comments from this nickname (folded) or address hash are refused right now. */
export async function isBannedCommenter(db: Database, { nicknameKey, ipHash }: { nicknameKey: string; ipHash: string }, now = new Date()): Promise<boolean> {
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
