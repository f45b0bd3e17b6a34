import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { findPasswordReset, issuePasswordReset, resetPasswordWithToken } from '@/lib/auth/password-reset';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('password-reset');
let db: Database;
let adminId: string;
let reporterId: string;

beforeAll(async () => {
  db = own.db;
  const passwordHash = await hashPassword('old password 12345');
  adminId = (
    await db.staff.create({
      data: { email: 'admin@example.com', slug: 'admin', nameKo: '관리', nameEn: 'Admin', role: 'ADMIN', passwordHash },
    })
  ).id;
  reporterId = (
    await db.staff.create({
      data: {
        email: 'reporter@example.com',
        slug: 'reporter',
        nameKo: '기자',
        nameEn: 'Reporter',
        role: 'REPORTER',
        passwordHash,
        uiLocale: 'en',
      },
    })
  ).id;
});

const passwordHashOf = async () => (await db.staff.findUniqueOrThrow({ where: { id: reporterId } })).passwordHash;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof InvalidInputError ? error.fieldErrors : error),
  );

describe('password reset links', () => {
  it('sets a new password once, ends the account’s sessions, and is refused the second time', async () => {
    const { sessionVersion } = await db.staff.findUniqueOrThrow({ where: { id: reporterId } });
    const { token, expiresAt } = await issuePasswordReset(db, { id: adminId }, reporterId);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await findPasswordReset(db, token)).toMatchObject({ email: 'reporter@example.com', uiLocale: 'en' });

    expect(await resetPasswordWithToken(db, { token, newPassword: 'brand new password 1' })).toBe('en');
    const after = await db.staff.findUniqueOrThrow({ where: { id: reporterId } });
    expect(await verifyPassword(after.passwordHash, 'brand new password 1')).toBe(true);
    expect(after.sessionVersion).toBe(sessionVersion + 1);

    expect(await findPasswordReset(db, token)).toBeNull();
    expect(await refusal(resetPasswordWithToken(db, { token, newPassword: 'another password 22' }))).toEqual({
      newPassword: ['resetLinkInvalid'],
    });
    expect(await verifyPassword(await passwordHashOf(), 'brand new password 1')).toBe(true);
    const audit = await db.auditLog.findMany({ where: { entityId: reporterId }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['staff.issuePasswordReset', adminId],
      ['staff.resetPassword', reporterId],
    ]);
  });

  it('stops working after 30 minutes', async () => {
    const issuedAt = new Date(Date.now() - 31 * 60_000);
    const { token } = await issuePasswordReset(db, { id: adminId }, reporterId, issuedAt);
    expect(await findPasswordReset(db, token, new Date(issuedAt.getTime() + 29 * 60_000))).not.toBeNull();
    expect(await findPasswordReset(db, token)).toBeNull();
    const before = await passwordHashOf();
    expect(await refusal(resetPasswordWithToken(db, { token, newPassword: 'too late password 1' }))).toEqual({
      newPassword: ['resetLinkInvalid'],
    });
    expect(await passwordHashOf()).toBe(before);
  });

  it('keeps only the newest link of an account working, and refuses unknown links and the admin’s own account', async () => {
    const first = await issuePasswordReset(db, { id: adminId }, reporterId);
    const second = await issuePasswordReset(db, { id: adminId }, reporterId);
    expect(await findPasswordReset(db, first.token)).toBeNull();
    expect(await findPasswordReset(db, second.token)).not.toBeNull();
    expect(await findPasswordReset(db, 'not-a-token')).toBeNull();
    expect(await refusal(resetPasswordWithToken(db, { token: 'A'.repeat(43), newPassword: 'whatever password 1' }))).toEqual({
      newPassword: ['resetLinkInvalid'],
    });
    expect(await refusal(issuePasswordReset(db, { id: adminId }, adminId))).toEqual({ staffId: ['ownAccount'] });
  });
});
