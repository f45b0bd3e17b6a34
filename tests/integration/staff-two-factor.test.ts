import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { newSessionClaims } from '@/lib/auth/session-claims';
import { createSignInLimits, type SignInLimits } from '@/lib/auth/sign-in-limits';
import { staffOfToken } from '@/lib/auth/staff-session';
import { totpCode } from '@/lib/auth/totp';
import { confirmTwoFactor, disableTwoFactor, setTwoFactorRequired, startTwoFactorEnrolment, twoFactorStateOf } from '@/lib/auth/two-factor';
import { verifyStaffCredentials } from '@/lib/auth/verify-credentials';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('staff-two-factor');
let db: Database;
let limits: SignInLimits;
const password = 'correct horse battery staple';
const ip = '203.0.113.20';
const staffIds: Record<string, string> = {};

beforeAll(async () => {
  db = own.db;
  const passwordHash = await hashPassword(password);
  for (const role of ['EDITOR', 'ADMIN', 'REPORTER'] as const) {
    const slug = role.toLowerCase();
    const staff = await db.staff.create({ data: { email: `${slug}@example.com`, slug, nameKo: slug, nameEn: slug, role, passwordHash } });
    staffIds[role] = staff.id;
  }
});

beforeEach(() => {
  limits = createSignInLimits(createMemoryLimiter);
});

const signIn = (code?: string, from = ip) => verifyStaffCredentials(db, limits, { email: 'editor@example.com', password, code, ip: from });
const fieldErrorsOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof InvalidInputError ? error.fieldErrors : error),
  );

describe('two-factor sign-in', () => {
  let secret: string;
  let recoveryCodes: string[];

  it('is turned on with a first code from the app, and then asks every sign-in for a code', async () => {
    const editor = { id: staffIds.EDITOR!, email: 'editor@example.com' };
    expect((await signIn()).ok).toBe(true);
    await startTwoFactorEnrolment(db, editor);
    const pending = await twoFactorStateOf(db, editor);
    if (pending.kind !== 'pending') throw new Error('expected an enrolment waiting for its code');
    secret = pending.secret;
    expect(pending.uri).toContain(`secret=${secret}`);
    // Until confirmed, sign-in is as before.
    expect((await signIn()).ok).toBe(true);
    const enrolledAt = Date.now();
    const firstCode = totpCode(secret, enrolledAt);
    const wrongCode = firstCode === '000000' ? '111111' : '000000';
    expect(await fieldErrorsOf(confirmTwoFactor(db, editor, wrongCode))).toEqual({ code: ['totpCodeWrong'] });

    recoveryCodes = await confirmTwoFactor(db, editor, firstCode, new Date(enrolledAt));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const on = await twoFactorStateOf(db, editor);
    expect(on).toMatchObject({ kind: 'on', recoveryCodesLeft: 10 });
    expect(JSON.stringify(on)).not.toContain(secret);
    expect(await fieldErrorsOf(startTwoFactorEnrolment(db, editor))).toEqual({ code: ['twoFactorAlreadyOn'] });

    expect(await signIn()).toEqual({ ok: false, reason: 'codeNeeded' });
    // The code that confirmed enrolment is spent; the app's next one signs in, once.
    expect(await signIn(firstCode)).toEqual({ ok: false, reason: 'codeWrong' });
    const next = totpCode(secret, enrolledAt + 30_000);
    expect(await signIn(next)).toMatchObject({ ok: true, staff: { id: staffIds.EDITOR } });
    expect(await signIn(next)).toEqual({ ok: false, reason: 'codeWrong' });
  });

  it('takes each recovery code once, typed in any case and without its dash', async () => {
    const [first, second] = recoveryCodes;
    expect((await signIn(first!.replace('-', '').toUpperCase())).ok).toBe(true);
    expect(await signIn(first)).toEqual({ ok: false, reason: 'codeWrong' });
    expect((await signIn(second)).ok).toBe(true);
    expect(await twoFactorStateOf(db, { id: staffIds.EDITOR!, email: 'editor@example.com' })).toMatchObject({ recoveryCodesLeft: 8 });
    const audit = await db.auditLog.findMany({ where: { action: 'staff.useRecoveryCode', entityId: staffIds.EDITOR } });
    expect(audit).toHaveLength(2);
  });

  it('counts a wrong code as a failed sign-in: no endless guessing of six digits', async () => {
    for (let i = 0; i < 4; i++) expect(await signIn('123456')).toEqual({ ok: false, reason: 'codeWrong' });
    expect(await signIn('123456')).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 1 });
    // Refused before the code is even looked at, right or not; asking without a code does not clear the count.
    expect(await signIn()).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 1 });
    expect(await signIn(totpCode(secret, Date.now() + 30_000))).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 1 });
  });

  it('asks for the code only after the right password, without telling wrong passwords apart', async () => {
    const wrong = await verifyStaffCredentials(db, limits, { email: 'editor@example.com', password: 'nope', code: '123456', ip });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
  });

  it('is turned off only with a code', async () => {
    const editor = { id: staffIds.EDITOR!, role: 'EDITOR' as const };
    expect(await fieldErrorsOf(disableTwoFactor(db, editor, '123456'))).toEqual({ code: ['totpCodeWrong'] });
    await disableTwoFactor(db, editor, recoveryCodes[2]);
    expect(await twoFactorStateOf(db, { id: editor.id, email: 'editor@example.com' })).toEqual({ kind: 'off' });
    expect((await signIn()).ok).toBe(true);
    expect(await db.staffRecoveryCode.count({ where: { staffId: editor.id } })).toBe(0);
  });
});

describe('two-factor sign-in required by an admin', () => {
  const sessionOf = async (role: string) => staffOfToken(newSessionClaims({ id: staffIds[role]!, sessionVersion: 0 }), db);

  it('is off by default, so no one is sent to enrol', async () => {
    expect(await sessionOf('EDITOR')).toMatchObject({ mustEnrolTwoFactor: false });
    expect(await sessionOf('ADMIN')).toMatchObject({ mustEnrolTwoFactor: false });
  });

  it('sends admins and editors without it to enrol, not reporters, and not once they have it', async () => {
    await setTwoFactorRequired(db, { id: staffIds.ADMIN! }, true);
    expect(await sessionOf('EDITOR')).toMatchObject({ mustEnrolTwoFactor: true });
    expect(await sessionOf('ADMIN')).toMatchObject({ mustEnrolTwoFactor: true });
    expect(await sessionOf('REPORTER')).toMatchObject({ mustEnrolTwoFactor: false });

    const editor = { id: staffIds.EDITOR!, email: 'editor@example.com', role: 'EDITOR' as const };
    await startTwoFactorEnrolment(db, editor);
    const pending = await twoFactorStateOf(db, editor);
    if (pending.kind !== 'pending') throw new Error('expected an enrolment waiting for its code');
    expect(await sessionOf('EDITOR')).toMatchObject({ mustEnrolTwoFactor: true });
    const codes = await confirmTwoFactor(db, editor, totpCode(pending.secret));
    expect(await sessionOf('EDITOR')).toMatchObject({ mustEnrolTwoFactor: false });
    expect(await fieldErrorsOf(disableTwoFactor(db, editor, codes[0]))).toEqual({ code: ['twoFactorStillRequired'] });

    await setTwoFactorRequired(db, { id: staffIds.ADMIN! }, false);
    expect(await sessionOf('ADMIN')).toMatchObject({ mustEnrolTwoFactor: false });
    const audit = await db.auditLog.findMany({ where: { action: 'staff.requireTwoFactor' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => entry.details)).toEqual([{ required: 'true' }, { required: 'false' }]);
  });
});
