import '#server-only';
import { z } from 'zod';
import { withCode } from '@/lib/actions/codes';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { InvalidInputError } from '@/lib/errors';
import { countRecoveryCodesLeft, hashRecoveryCodes, newRecoveryCodes, spendRecoveryCode } from './recovery-codes';
import { matchTotpStep, newTotpSecret, otpauthUri } from './totp';

/** The roles an admin can require two-factor sign-in of: those who publish and those who manage accounts. */
export const rolesRequiringTwoFactor: readonly Role[] = ['ADMIN', 'EDITOR'];

/** The name authenticator apps list the account under. */
export const twoFactorIssuer = 'Dateline';

/** A code from the app or a recovery code, as typed into a form. */
export const secondFactorCodeSchema = z.string().trim().min(1, withCode('required')).max(64, withCode('tooLong'));
export const twoFactorCodeSchema = z.object({ code: secondFactorCodeSchema });
export const twoFactorRequirementSchema = z.object({ required: z.stringbool() });

export type TwoFactorState =
  | { kind: 'off' }
  /** Turned on but not yet confirmed with a first code: the secret is still shown so it can be typed into the app. */
  | { kind: 'pending'; secret: string; uri: string }
  | { kind: 'on'; enabledAt: Date; recoveryCodesLeft: number };

export async function isTwoFactorRequired(db: Database): Promise<boolean> {
  const settings = await db.staffSecuritySettings.findUnique({ where: { id: 1 }, select: { requireTwoFactor: true } });
  return settings?.requireTwoFactor ?? false;
}

/**
 * The setting as a staff request's session check reads it (lib/auth/staff-session.ts): on every newsroom request of
 * an admin or editor without two-factor sign-in, yet changed seldom, so each process keeps it for 10 seconds and a
 * request costs the session's one statement. A change is seen at once by the instance that made it, by others within that.
 */
const requirementKeptMs = 10_000;
const keptRequirement = new WeakMap<Database, { required: boolean; readAt: number }>();

export async function isTwoFactorRequiredKept(db: Database): Promise<boolean> {
  const kept = keptRequirement.get(db);
  if (kept && Date.now() - kept.readAt < requirementKeptMs) return kept.required;
  const required = await isTwoFactorRequired(db);
  keptRequirement.set(db, { required, readAt: Date.now() });
  return required;
}

export function isTwoFactorRequiredOf(role: Role, required: boolean): boolean {
  return required && rolesRequiringTwoFactor.includes(role);
}

export async function setTwoFactorRequired(db: Database, actor: { id: string }, required: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const previous = await tx.staffSecuritySettings.findUnique({ where: { id: 1 }, select: { requireTwoFactor: true } });
    if ((previous?.requireTwoFactor ?? false) === required) return;
    await tx.staffSecuritySettings.upsert({
      where: { id: 1 },
      create: { requireTwoFactor: required },
      update: { requireTwoFactor: required },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'staff.requireTwoFactor',
      entityType: 'settings',
      entityId: 'staff-security',
      details: { required: String(required) },
    });
  });
  keptRequirement.delete(db);
}

export async function twoFactorStateOf(db: Database, staff: { id: string; email: string }): Promise<TwoFactorState> {
  const { totpSecret, totpEnabledAt } = await db.staff.findUniqueOrThrow({
    where: { id: staff.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (totpEnabledAt) return { kind: 'on', enabledAt: totpEnabledAt, recoveryCodesLeft: await countRecoveryCodesLeft(db, staff.id) };
  if (totpSecret)
    return { kind: 'pending', secret: totpSecret, uri: otpauthUri({ secret: totpSecret, account: staff.email, issuer: twoFactorIssuer }) };
  return { kind: 'off' };
}

/** A new secret waiting for its first code; starting again replaces it. Nothing changes at sign-in until confirmed. */
export async function startTwoFactorEnrolment(db: Database, actor: { id: string }): Promise<void> {
  const started = await db.staff.updateMany({ where: { id: actor.id, totpEnabledAt: null }, data: { totpSecret: newTotpSecret() } });
  if (started.count === 0) throw new InvalidInputError({ code: ['twoFactorAlreadyOn'] });
}

/**
 * The first right code turns two-factor sign-in on: from then on the secret is never shown again. Returns the ten
 * recovery codes, which exist only in this answer (stored hashed).
 */
export async function confirmTwoFactor(db: Database, actor: { id: string }, code: string, now = new Date()): Promise<string[]> {
  const { totpSecret, totpEnabledAt } = await db.staff.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (totpEnabledAt) throw new InvalidInputError({ code: ['twoFactorAlreadyOn'] });
  const step = totpSecret ? matchTotpStep(totpSecret, code.replace(/\s/g, ''), { now: now.getTime() }) : null;
  if (step === null) throw new InvalidInputError({ code: ['totpCodeWrong'] });
  const codes = newRecoveryCodes();
  const hashed = await hashRecoveryCodes(codes);
  await db.$transaction(async (tx) => {
    const enabled = await tx.staff.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpSecret },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (enabled.count === 0) throw new InvalidInputError({ code: ['totpCodeWrong'] });
    await tx.staffRecoveryCode.deleteMany({ where: { staffId: actor.id } });
    await tx.staffRecoveryCode.createMany({ data: hashed.map((row) => ({ ...row, staffId: actor.id })) });
    await recordAudit(tx, { actorId: actor.id, action: 'staff.enableTwoFactor', entityType: 'staff', entityId: actor.id });
  });
  return codes;
}

/**
 * Checks the second factor of a sign-in whose password was right: a 6-digit code from the app (each accepted once)
 * or one of the recovery codes (each spent once). The caller counts a false as a failed sign-in.
 */
export async function checkSecondFactor(db: Database, staffId: string, typed: string, now = new Date()): Promise<boolean> {
  const code = typed.replace(/\s/g, '');
  const { totpSecret, totpLastStep } = await db.staff.findUniqueOrThrow({
    where: { id: staffId },
    select: { totpSecret: true, totpLastStep: true },
  });
  if (!totpSecret) return false;
  if (/^\d{6}$/.test(code)) {
    const step = matchTotpStep(totpSecret, code, { now: now.getTime(), after: totpLastStep });
    if (step === null) return false;
    // Two sign-ins racing with the same code: only the first moves the last step on.
    const accepted = await db.staff.updateMany({
      where: { id: staffId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return accepted.count === 1;
  }
  const left = await spendRecoveryCode(db, staffId, code, now);
  if (left === null) return false;
  await recordAudit(db, { actorId: staffId, action: 'staff.useRecoveryCode', entityType: 'staff', entityId: staffId, details: { left } });
  return true;
}

/**
 * Turns two-factor sign-in off (or drops an enrolment not yet confirmed). Once on, it takes a current code or a
 * recovery code, so a session left open is not enough; refused while an admin requires it of this role.
 */
export async function disableTwoFactor(db: Database, actor: { id: string; role: Role }, code: string | undefined): Promise<void> {
  if (isTwoFactorRequiredOf(actor.role, await isTwoFactorRequired(db))) throw new InvalidInputError({ code: ['twoFactorStillRequired'] });
  const { totpEnabledAt } = await db.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (totpEnabledAt && !(code && (await checkSecondFactor(db, actor.id, code)))) throw new InvalidInputError({ code: ['totpCodeWrong'] });
  await db.$transaction(async (tx) => {
    await tx.staff.update({ where: { id: actor.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.staffRecoveryCode.deleteMany({ where: { staffId: actor.id } });
    if (totpEnabledAt)
      await recordAudit(tx, { actorId: actor.id, action: 'staff.disableTwoFactor', entityType: 'staff', entityId: actor.id });
  });
}
