import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { InvalidInputError } from '@/lib/errors';
import type { NewStaff } from './schemas';

/** Codes by field of what another account or a missing desk already decides; empty when there is none. */
async function findConflicts(
  db: Database,
  { email, slug, deskId }: Pick<NewStaff, 'email' | 'slug' | 'deskId'>,
): Promise<Record<string, string[]>> {
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

export async function createStaff(db: Database, actor: { id: string }, { password, ...account }: NewStaff): Promise<void> {
  const conflicts = await findConflicts(db, account);
  if (Object.keys(conflicts).length > 0) throw new InvalidInputError(conflicts);

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
    if (isUniqueViolation(error)) throw new InvalidInputError(await findConflicts(db, account));
    throw error;
  }
}
