import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';

async function setStaffActive(db: Database, actor: { id: string }, staffId: string, active: boolean): Promise<void> {
  if (staffId === actor.id) throw new InvalidInputError({ staffId: ['ownAccount'] });
  await db.$transaction(async (tx) => {
    const staff = await tx.staff.findUnique({ where: { id: staffId }, select: { active: true } });
    if (!staff) throw new InvalidInputError({ staffId: ['staffNotFound'] });
    if (staff.active === active) return;
    await tx.staff.update({
      where: { id: staffId },
      // A new sessionVersion ends every open session of the account.
      data: active ? { active } : { active, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? 'staff.reactivate' : 'staff.deactivate',
      entityType: 'staff',
      entityId: staffId,
    });
  });
}

/** The account can no longer sign in, and its open sessions end on their next request. */
export function deactivateStaff(db: Database, actor: { id: string }, staffId: string) {
  return setStaffActive(db, actor, staffId, false);
}

export function reactivateStaff(db: Database, actor: { id: string }, staffId: string) {
  return setStaffActive(db, actor, staffId, true);
}
