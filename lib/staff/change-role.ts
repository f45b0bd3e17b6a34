import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { fieldErrorsOf, type StaffChangeResult } from './field-errors';
import { roleChangeSchema, type RoleChangeField } from './schemas';

/** Admins cannot change their own role, so there is always an admin left to undo a mistake. */
export async function changeStaffRole(db: Database, actor: { id: string }, input: unknown): Promise<StaffChangeResult<RoleChangeField>> {
  const parsed = roleChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { staffId, role } = parsed.data;
  if (staffId === actor.id) return { ok: false, fieldErrors: { staffId: ['ownAccount'] } };

  return db.$transaction(async (tx): Promise<StaffChangeResult<RoleChangeField>> => {
    const staff = await tx.staff.findUnique({ where: { id: staffId }, select: { role: true } });
    if (!staff) return { ok: false, fieldErrors: { staffId: ['staffNotFound'] } };
    if (staff.role === role) return { ok: true };
    // Roles are read from the database on every request, so the new one applies at once without ending sessions.
    await tx.staff.update({ where: { id: staffId }, data: { role } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'staff.changeRole',
      entityType: 'staff',
      entityId: staffId,
      details: { from: staff.role, to: role },
    });
    return { ok: true };
  });
}
