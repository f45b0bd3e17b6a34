import '#server-only';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { appMetrics } from '@/lib/metrics/registry';
import { isStorableText } from '@/lib/security/text';
import { minutesToWait, type SignInLimits } from './sign-in-limits';
import { checkSecondFactor } from './two-factor';

export const credentialsSchema = z.object({
  // No account's e-mail holds what PostgreSQL cannot store, and such text would fail the query instead of matching none.
  email: z.string().trim().toLowerCase().min(1).max(320).refine(isStorableText),
  password: z.string().max(1024),
  /** The code of an account with two-factor sign-in: from the app, or a recovery code. Empty is none. */
  code: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((code) => code || undefined),
});

export type CredentialsCheck =
  | { ok: true; staff: { id: string; email: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' }
  /** The password was right and the account has two-factor sign-in: the form asks for the code. */
  | { ok: false; reason: 'codeNeeded' }
  | { ok: false; reason: 'codeWrong' }
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
  input: { email: unknown; password: unknown; code?: unknown; ip: string | null },
): Promise<CredentialsCheck> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const attempt = { email: parsed.data.email, ip: input.ip };

  const waitSeconds = await limits.secondsUntilAllowed(attempt);
  if (waitSeconds > 0) {
    appMetrics().signInFailures.inc({ reason: 'locked' });
    return { ok: false, reason: 'throttled', retryAfterMinutes: minutesToWait(waitSeconds) };
  }

  const staff = await db.staff.findUnique({
    where: { email: attempt.email },
    select: { id: true, email: true, passwordHash: true, active: true, sessionVersion: true, totpEnabledAt: true },
  });
  const passwordMatches = await verifyPassword(staff?.passwordHash ?? (await getDecoyHash()), parsed.data.password);

  const fail = async (reason: 'invalid' | 'codeWrong'): Promise<CredentialsCheck> => {
    const refusedSeconds = await limits.recordFailure(attempt);
    appMetrics().signInFailures.inc({ reason: reason === 'invalid' ? 'wrong_credentials' : 'wrong_code' });
    if (refusedSeconds > 0) appMetrics().signInLockouts.inc();
    return refusedSeconds > 0
      ? { ok: false, reason: 'throttled', retryAfterMinutes: minutesToWait(refusedSeconds) }
      : { ok: false, reason };
  };
  if (!staff || !staff.active || !passwordMatches) return fail('invalid');
  if (staff.totpEnabledAt) {
    // Neither a success nor a failure yet: clearing the count here would let someone who has the password guess
    // codes without end, a few at a time between attempts without one.
    if (!parsed.data.code) return { ok: false, reason: 'codeNeeded' };
    if (!(await checkSecondFactor(db, staff.id, parsed.data.code))) return fail('codeWrong');
  }
  await limits.recordSuccess(attempt);
  return { ok: true, staff: { id: staff.id, email: staff.email, sessionVersion: staff.sessionVersion } };
}
