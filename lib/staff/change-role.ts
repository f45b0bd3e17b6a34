import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import type { RoleChange } from './schemas';

/** Admins cannot change their own role, so there is always an admin left to undo a mistake. */
export async function changeStaffRole(db: Database, actor: { id: string }, { staffId, role }: RoleChange): Promise<void> {
  if (staffId === actor.id) throw new InvalidInputError({ staffId: ['ownAccount'] });
  await db.$transaction(async (tx) => {
    const staff = await tx.staff.findUnique({ where: { id: staffId }, select: { role: true } });
    if (!staff) throw new InvalidInputError({ staffId: ['staffNotFound'] });
    if (staff.role === role) return;
    // Roles are read from the database on every request, so the new one applies at once without ending sessions.
    await tx.staff.update({ where: { id: staffId }, data: { role } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'staff.changeRole',
      entityType: 'staff',
      entityId: staffId,
      details: { from: staff.role, to: role },
    });
  });
}
