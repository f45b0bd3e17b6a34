import '#server-only';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { withCode } from '@/lib/actions/codes';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { newPasswordSchema } from '@/lib/staff/schemas';
import { hashPassword } from './password';

export const passwordResetLifetimeMinutes = 30;

/** 32 random bytes in base64url: the part of the link that is the key. */
export const resetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, withCode('resetLinkInvalid'));

export const passwordResetSchema = z
  .object({ token: resetTokenSchema, newPassword: newPasswordSchema, repeatPassword: z.string() })
  .refine((form) => form.newPassword === form.repeatPassword, { path: ['repeatPassword'], ...withCode('passwordsDiffer') });
export type PasswordResetField = keyof z.input<typeof passwordResetSchema>;

export function passwordResetPath(token: string): string {
  return `/admin/reset-password/${token}`;
}

/** Only a hash is stored: someone who reads the database cannot use a link that is still good. */
function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A link for an admin to hand over, good once for 30 minutes; an earlier unused link for the same account stops
 * working. The token exists only in this answer.
 */
export async function issuePasswordReset(
  db: Database,
  actor: { id: string },
  staffId: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  if (staffId === actor.id) throw new InvalidInputError({ staffId: ['ownAccount'] });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + passwordResetLifetimeMinutes * 60_000);
  await db.$transaction(async (tx) => {
    const staff = await tx.staff.findUnique({ where: { id: staffId }, select: { active: true } });
    if (!staff?.active) throw new InvalidInputError({ staffId: ['staffNotFound'] });
    await tx.passwordResetToken.deleteMany({ where: { staffId, OR: [{ usedAt: null }, { expiresAt: { lte: now } }] } });
    await tx.passwordResetToken.create({ data: { tokenHash: hashOf(token), staffId, issuedById: actor.id, expiresAt } });
    await recordAudit(tx, { actorId: actor.id, action: 'staff.issuePasswordReset', entityType: 'staff', entityId: staffId });
  });
  return { token, expiresAt };
}

/** Whose password a link would reset, while it is good: the page greets them in their newsroom language. */
export async function findPasswordReset(
  db: Database,
  token: string,
  now = new Date(),
): Promise<{ email: string; uiLocale: Locale; expiresAt: Date } | null> {
  if (!resetTokenSchema.safeParse(token).success) return null;
  const reset = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashOf(token) },
    select: { usedAt: true, expiresAt: true, staff: { select: { email: true, uiLocale: true, active: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= now || !reset.staff.active) return null;
  return { email: reset.staff.email, uiLocale: isLocale(reset.staff.uiLocale) ? reset.staff.uiLocale : 'ko', expiresAt: reset.expiresAt };
}

/**
 * Spends the link and sets the new password, ending every session of the account (a new sessionVersion). A link
 * already used, expired, or of a deactivated account changes nothing. Returns the account's newsroom language.
 */
export async function resetPasswordWithToken(
  db: Database,
  { token, newPassword }: Pick<z.output<typeof passwordResetSchema>, 'token' | 'newPassword'>,
  now = new Date(),
): Promise<Locale> {
  const invalid = new InvalidInputError({ newPassword: ['resetLinkInvalid'] });
  // Checked before the argon2 hash, so posting made-up tokens costs the server one lookup each.
  const reset = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashOf(token) },
    select: { id: true, staffId: true, usedAt: true, expiresAt: true },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= now) throw invalid;
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now }, staff: { active: true } },
      data: { usedAt: now },
    });
    if (spent.count === 0) throw invalid;
    const staff = await tx.staff.update({
      where: { id: reset.staffId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { uiLocale: true },
    });
    await recordAudit(tx, { actorId: reset.staffId, action: 'staff.resetPassword', entityType: 'staff', entityId: reset.staffId });
    return isLocale(staff.uiLocale) ? staff.uiLocale : 'ko';
  });
}
