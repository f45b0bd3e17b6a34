import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSignInLimits } from '@/lib/auth/sign-in-limits';
import type { Database } from '@/lib/db/client';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';
import { changeOwnPassword } from '@/lib/staff/change-own-password';
import { changeStaffRole } from '@/lib/staff/change-role';
import { changeOwnUiLocale } from '@/lib/staff/change-ui-locale';
import { createStaff } from '@/lib/staff/create-staff';
import { deactivateStaff, reactivateStaff } from '@/lib/staff/set-staff-active';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('staff-accounts');
let db: Database;
let admin: { id: string };

const newReporter = {
  nameKo: '김기자',
  nameEn: 'Kim Gi-ja',
  email: '  Kim.Reporter@Example.COM ',
  slug: 'kim-gi-ja',
  role: 'REPORTER',
  deskId: '',
  password: 'a-long-enough-password',
};

async function staffByEmail(email: string) {
  return db.staff.findUniqueOrThrow({ where: { email } });
}

async function auditActions(entityId: string) {
  const entries = await db.auditLog.findMany({ where: { entityType: 'staff', entityId }, orderBy: { id: 'asc' } });
  return entries.map((entry) => ({ action: entry.action, actorId: entry.actorId, details: entry.details }));
}

beforeAll(async () => {
  db = own.db;
  admin = await db.staff.create({
    data: { email: 'admin@example.com', slug: 'admin', nameKo: '관리자', nameEn: 'Admin', role: 'ADMIN', passwordHash: await hashPassword('admin-password-123') },
    select: { id: true },
  });
});

describe('createStaff', () => {
  it('creates the account with a lower-cased e-mail and a hashed password, and records who did it', async () => {
    expect(await createStaff(db, admin, newReporter)).toEqual({ ok: true });
    const staff = await staffByEmail('kim.reporter@example.com');
    expect(staff).toMatchObject({ role: 'REPORTER', deskId: null, active: true, sessionVersion: 0 });
    expect(await verifyPassword(staff.passwordHash, newReporter.password)).toBe(true);
    expect(await auditActions(staff.id)).toEqual([
      { action: 'staff.create', actorId: admin.id, details: { email: 'kim.reporter@example.com', role: 'REPORTER' } },
    ]);
  });

  it('rejects a duplicate e-mail or address as field errors, whatever the case', async () => {
    const result = await createStaff(db, admin, { ...newReporter, email: 'KIM.REPORTER@example.com', slug: 'kim-gi-ja' });
    expect(result).toEqual({ ok: false, fieldErrors: { email: ['emailTaken'], slug: ['slugTaken'] } });
  });

  it('names every invalid field', async () => {
    const result = await createStaff(db, admin, { nameKo: ' ', email: 'not-an-email', slug: 'Not A Slug', role: 'CHIEF', password: 'short' });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        nameKo: ['required'],
        nameEn: ['required'],
        email: ['emailInvalid'],
        slug: ['slugInvalid'],
        role: ['roleInvalid'],
        password: ['passwordTooShort'],
      },
    });
  });

  it('rejects a desk that does not exist', async () => {
    const result = await createStaff(db, admin, { ...newReporter, email: 'other@example.com', slug: 'other', deskId: '0196f6a0-0000-7000-8000-000000000000' });
    expect(result).toEqual({ ok: false, fieldErrors: { deskId: ['deskInvalid'] } });
  });
});

describe('changeStaffRole', () => {
  it('changes the role and records from and to', async () => {
    const staff = await staffByEmail('kim.reporter@example.com');
    expect(await changeStaffRole(db, admin, { staffId: staff.id, role: 'EDITOR' })).toEqual({ ok: true });
    expect((await staffByEmail(staff.email)).role).toBe('EDITOR');
    expect((await auditActions(staff.id)).at(-1)).toEqual({ action: 'staff.changeRole', actorId: admin.id, details: { from: 'REPORTER', to: 'EDITOR' } });
  });

  it('refuses to change the acting admin’s own role', async () => {
    expect(await changeStaffRole(db, admin, { staffId: admin.id, role: 'REPORTER' })).toEqual({ ok: false, fieldErrors: { staffId: ['ownAccount'] } });
    expect((await staffByEmail('admin@example.com')).role).toBe('ADMIN');
  });

  it('reports an unknown account', async () => {
    const result = await changeStaffRole(db, admin, { staffId: '0196f6a0-0000-7000-8000-000000000000', role: 'EDITOR' });
    expect(result).toEqual({ ok: false, fieldErrors: { staffId: ['staffNotFound'] } });
  });
});

describe('deactivateStaff and reactivateStaff', () => {
  it('deactivation ends sessions by bumping sessionVersion; reactivation keeps it', async () => {
    const before = await staffByEmail('kim.reporter@example.com');
    expect(await deactivateStaff(db, admin, { staffId: before.id })).toEqual({ ok: true });
    const deactivated = await staffByEmail(before.email);
    expect(deactivated).toMatchObject({ active: false, sessionVersion: before.sessionVersion + 1 });

    expect(await reactivateStaff(db, admin, { staffId: before.id })).toEqual({ ok: true });
    expect(await staffByEmail(before.email)).toMatchObject({ active: true, sessionVersion: before.sessionVersion + 1 });
    expect((await auditActions(before.id)).slice(-2).map((entry) => entry.action)).toEqual(['staff.deactivate', 'staff.reactivate']);
  });

  it('refuses to deactivate the acting admin', async () => {
    expect(await deactivateStaff(db, admin, { staffId: admin.id })).toEqual({ ok: false, fieldErrors: { staffId: ['ownAccount'] } });
  });
});

describe('changeOwnPassword', () => {
  const change = (staff: { id: string; email: string }, input: Record<string, string>) =>
    changeOwnPassword(db, createSignInLimits(createMemoryLimiter), { ...staff, address: '203.0.113.4' }, input);

  it('needs the current password and the new one twice', async () => {
    const staff = await staffByEmail('kim.reporter@example.com');
    expect(await change(staff, { currentPassword: 'wrong', newPassword: 'another-long-password', repeatPassword: 'another-long-password' })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: ['currentPasswordWrong'] },
    });
    expect(await change(staff, { currentPassword: newReporter.password, newPassword: 'another-long-password', repeatPassword: 'different' })).toEqual({
      ok: false,
      fieldErrors: { repeatPassword: ['passwordsDiffer'] },
    });
  });

  it('stores the new password and ends every session', async () => {
    const staff = await staffByEmail('kim.reporter@example.com');
    const input = { currentPassword: newReporter.password, newPassword: 'another-long-password', repeatPassword: 'another-long-password' };
    expect(await change(staff, input)).toEqual({ ok: true });
    const after = await staffByEmail(staff.email);
    expect(await verifyPassword(after.passwordHash, 'another-long-password')).toBe(true);
    expect(after.sessionVersion).toBe(staff.sessionVersion + 1);
    expect((await auditActions(staff.id)).at(-1)).toEqual({ action: 'staff.changePassword', actorId: staff.id, details: null });
  });
});

describe('changeOwnUiLocale', () => {
  it('switches the admin language and rejects unknown ones', async () => {
    expect(await changeOwnUiLocale(db, admin, { uiLocale: 'en' })).toEqual({ ok: true });
    expect((await staffByEmail('admin@example.com')).uiLocale).toBe('en');
    expect(await changeOwnUiLocale(db, admin, { uiLocale: 'fr' })).toEqual({ ok: false, fieldErrors: { uiLocale: ['localeInvalid'] } });
  });
});
