import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { fieldErrorsOf, type FieldErrors, type StaffChangeResult } from './field-errors';
import { newStaffSchema, type NewStaffField } from './schemas';

async function findConflicts(
  db: Database,
  { email, slug, deskId }: { email: string; slug: string; deskId: string | null },
): Promise<FieldErrors<NewStaffField>> {
  const [emailOwner, slugOwner, desk] = await Promise.all([
    db.staff.findUnique({ where: { email }, select: { id: true } }),
    db.staff.findUnique({ where: { slug }, select: { id: true } }),
    deskId ? db.desk.findUnique({ where: { id: deskId }, select: { id: true } }) : null,
  ]);
  return {
    ...(emailOwner && { email: ['emailTaken'] }),
    ...(slugOwner && { slug: ['slugTaken'] }),
    ...(deskId && !desk && { deskId: ['deskInvalid'] }),
  };
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export async function createStaff(db: Database, actor: { id: string }, input: unknown): Promise<StaffChangeResult<NewStaffField>> {
  const parsed = newStaffSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...account } = parsed.data;

  const conflicts = await findConflicts(db, account);
  if (Object.keys(conflicts).length > 0) return { ok: false, fieldErrors: conflicts };

  const passwordHash = await hashPassword(password);
  try {
    await db.$transaction(async (tx) => {
      const staff = await tx.staff.create({ data: { ...account, passwordHash }, select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'staff.create',
        entityType: 'staff',
        entityId: staff.id,
        details: { email: account.email, role: account.role },
      });
    });
  } catch (error) {
    // Someone took the e-mail or address between the check and the insert.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: await findConflicts(db, account) };
    throw error;
  }
  return { ok: true };
}
