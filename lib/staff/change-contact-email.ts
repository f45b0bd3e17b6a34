import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { fieldErrorsOf, type StaffChangeResult } from './field-errors';
import { contactEmailChangeSchema, type ContactEmailChangeField } from './schemas';

/** Admins set anyone's public contact address from the staff page; everyone sets their own in their profile. */
export async function changeContactEmail(db: Database, actor: { id: string }, input: unknown): Promise<StaffChangeResult<ContactEmailChangeField>> {
  const parsed = contactEmailChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { staffId, contactEmail } = parsed.data;

  return db.$transaction(async (tx): Promise<StaffChangeResult<ContactEmailChangeField>> => {
    const staff = await tx.staff.findUnique({ where: { id: staffId }, select: { contactEmail: true } });
    if (!staff) return { ok: false, fieldErrors: { staffId: ['staffNotFound'] } };
    if (staff.contactEmail === contactEmail) return { ok: true };
    await tx.staff.update({ where: { id: staffId }, data: { contactEmail } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'staff.changeContactEmail',
      entityType: 'staff',
      entityId: staffId,
      details: { from: staff.contactEmail, to: contactEmail },
    });
    return { ok: true };
  });
}
