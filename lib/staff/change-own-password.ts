import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { fieldErrorsOf, withCode, type StaffChangeResult } from './field-errors';
import { newPasswordSchema } from './schemas';

const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, withCode('required')).max(1024, withCode('tooLong')),
    newPassword: newPasswordSchema,
    repeatPassword: z.string(),
  })
  .refine((form) => form.newPassword === form.repeatPassword, { path: ['repeatPassword'], ...withCode('passwordsDiffer') });
export type PasswordChangeField = keyof z.input<typeof passwordChangeSchema>;

/** Ends every session of the account, this one included: the new password is needed from now on. */
export async function changeOwnPassword(db: Database, actor: { id: string }, input: unknown): Promise<StaffChangeResult<PasswordChangeField>> {
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };

  const staff = await db.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(staff.passwordHash, parsed.data.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ['currentPasswordWrong'] } };
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.staff.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: 'staff.changePassword', entityType: 'staff', entityId: actor.id });
  });
  return { ok: true };
}
