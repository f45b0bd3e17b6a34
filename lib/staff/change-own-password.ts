import '#server-only';
import { z } from 'zod';
import { withCode } from '@/lib/actions/codes';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { SignInLimits } from '@/lib/auth/sign-in-limits';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import { newPasswordSchema } from './schemas';

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, withCode('required')).max(1024, withCode('tooLong')),
    newPassword: newPasswordSchema,
    repeatPassword: z.string(),
  })
  .refine((form) => form.newPassword === form.repeatPassword, { path: ['repeatPassword'], ...withCode('passwordsDiffer') });
export type PasswordChangeField = keyof z.input<typeof passwordChangeSchema>;

/**
 * Ends every session of the account, this one included: the new password is needed from now on. The current
 * password is a guess like any at sign-in (a borrowed or stolen session could try), so it counts against the same
 * limits, for this account and address.
 */
export async function changeOwnPassword(
  db: Database,
  limits: SignInLimits,
  actor: { id: string; email: string; address: string | null },
  { currentPassword, newPassword }: z.output<typeof passwordChangeSchema>,
): Promise<void> {
  const attempt = { email: actor.email, ip: actor.address };
  const tooMany = new InvalidInputError({ currentPassword: ['tooManyAttempts'] });
  if ((await limits.secondsUntilAllowed(attempt)) > 0) throw tooMany;
  const staff = await db.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(staff.passwordHash, currentPassword))) {
    throw (await limits.recordFailure(attempt)) > 0 ? tooMany : new InvalidInputError({ currentPassword: ['currentPasswordWrong'] });
  }
  await limits.recordSuccess(attempt);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.staff.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: 'staff.changePassword', entityType: 'staff', entityId: actor.id });
  });
}
