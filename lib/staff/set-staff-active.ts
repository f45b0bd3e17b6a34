import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { fieldErrorsOf, type StaffChangeResult } from './field-errors';
import { staffTargetSchema, type StaffTargetField } from './schemas';

async function setStaffActive(
  db: Database,
  actor: { id: string },
  input: unknown,
  active: boolean,
): Promise<StaffChangeResult<StaffTargetField>> {
  const parsed = staffTargetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { staffId } = parsed.data;
  if (staffId === actor.id) return { ok: false, fieldErrors: { staffId: ['ownAccount'] } };

  return db.$transaction(async (tx): Promise<StaffChangeResult<StaffTargetField>> => {
    const staff = await tx.staff.findUnique({ where: { id: staffId }, select: { active: true } });
    if (!staff) return { ok: false, fieldErrors: { staffId: ['staffNotFound'] } };
    if (staff.active === active) return { ok: true };
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
    return { ok: true };
  });
}

/** The account can no longer sign in, and its open sessions end on their next request. */
export function deactivateStaff(db: Database, actor: { id: string }, input: unknown) {
  return setStaffActive(db, actor, input, false);
}

export function reactivateStaff(db: Database, actor: { id: string }, input: unknown) {
  return setStaffActive(db, actor, input, true);
}
