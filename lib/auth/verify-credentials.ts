import '#server-only';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { isStorableText } from '@/lib/security/text';
import { minutesToWait, type SignInLimits } from './sign-in-limits';

export const credentialsSchema = z.object({
  // No account's e-mail holds what PostgreSQL cannot store, and such text would fail the query instead of matching none.
  email: z.string().trim().toLowerCase().min(1).max(320).refine(isStorableText),
  password: z.string().max(1024),
});

export type CredentialsCheck =
  | { ok: true; staff: { id: string; email: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMinutes: number };

// Unknown and deactivated accounts still cost one argon2 verification, so timing does not tell them apart.
let decoyHash: Promise<string> | undefined;
function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword('dateline decoy password');
  return decoyHash;
}

/** The one answer to "who is signing in": wrong e-mail, wrong password and deactivated accounts look the same. */
export async function verifyStaffCredentials(
  db: Database,
  limits: SignInLimits,
  input: { email: unknown; password: unknown; ip: string | null },
): Promise<CredentialsCheck> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const attempt = { email: parsed.data.email, ip: input.ip };

  const waitSeconds = await limits.secondsUntilAllowed(attempt);
  if (waitSeconds > 0) return { ok: false, reason: 'throttled', retryAfterMinutes: minutesToWait(waitSeconds) };

  const staff = await db.staff.findUnique({
    where: { email: attempt.email },
    select: { id: true, email: true, passwordHash: true, active: true, sessionVersion: true },
  });
  const passwordMatches = await verifyPassword(staff?.passwordHash ?? (await getDecoyHash()), parsed.data.password);

  if (!staff || !staff.active || !passwordMatches) {
    const refusedSeconds = await limits.recordFailure(attempt);
    return refusedSeconds > 0
      ? { ok: false, reason: 'throttled', retryAfterMinutes: minutesToWait(refusedSeconds) }
      : { ok: false, reason: 'invalid' };
  }
  await limits.recordSuccess(attempt);
  return { ok: true, staff: { id: staff.id, email: staff.email, sessionVersion: staff.sessionVersion } };
}
