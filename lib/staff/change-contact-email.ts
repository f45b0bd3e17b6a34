import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import type { ContactEmailChange } from './schemas';

/** Admins set anyone's public contact address from the staff page; everyone sets their own in their profile. */
export async function changeContactEmail(
  db: Database,
  actor: { id: string },
  { staffId, contactEmail }: ContactEmailChange,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const staff = await tx.staff.findUnique({ where: { id: staffId }, select: { contactEmail: true } });
    if (!staff) throw new InvalidInputError({ staffId: ['staffNotFound'] });
    if (staff.contactEmail === contactEmail) return;
    await tx.staff.update({ where: { id: staffId }, data: { contactEmail } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'staff.changeContactEmail',
      entityType: 'staff',
      entityId: staffId,
      details: { from: staff.contactEmail, to: contactEmail },
    });
  });
}
