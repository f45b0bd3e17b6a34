import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSignInLimits } from '@/lib/auth/sign-in-limits';
import type { Database } from '@/lib/db/client';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';
import { changeOwnPassword, passwordChangeSchema } from '@/lib/staff/change-own-password';
import { changeStaffRole } from '@/lib/staff/change-role';
import { changeOwnUiLocale, uiLocaleSchema } from '@/lib/staff/change-ui-locale';
import { createStaff } from '@/lib/staff/create-staff';
import { newStaffSchema, roleChangeSchema, staffTargetSchema } from '@/lib/staff/schemas';
import { deactivateStaff, reactivateStaff } from '@/lib/staff/set-staff-active';
import { ownTestDatabase } from '../support/own-database';
import { asAction, fieldFailure } from '../support/staff-change';

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
    data: {
      email: 'admin@example.com',
      slug: 'admin',
      nameKo: '관리자',
      nameEn: 'Admin',
      role: 'ADMIN',
      passwordHash: await hashPassword('admin-password-123'),
    },
    select: { id: true },
  });
});

describe('createStaff', () => {
  it('creates the account with a lower-cased e-mail and a hashed password, and records who did it', async () => {
    expect(await asAction(newStaffSchema, newReporter, (input) => createStaff(db, admin, input))).toMatchObject({ ok: true });
    const staff = await staffByEmail('kim.reporter@example.com');
    expect(staff).toMatchObject({ role: 'REPORTER', deskId: null, active: true, sessionVersion: 0 });
    expect(await verifyPassword(staff.passwordHash, newReporter.password)).toBe(true);
    expect(await auditActions(staff.id)).toEqual([
      { action: 'staff.create', actorId: admin.id, details: { email: 'kim.reporter@example.com', role: 'REPORTER' } },
    ]);
  });

  it('rejects a duplicate e-mail or address as field errors, whatever the case', async () => {
    const result = await asAction(newStaffSchema, { ...newReporter, email: 'KIM.REPORTER@example.com', slug: 'kim-gi-ja' }, (input) =>
      createStaff(db, admin, input),
    );
    expect(result).toEqual(fieldFailure({ email: 'emailTaken', slug: 'slugTaken' }));
  });

  it('names every invalid field', async () => {
    const result = await asAction(
      newStaffSchema,
      { nameKo: ' ', email: 'not-an-email', slug: 'Not A Slug', role: 'CHIEF', password: 'short' },
      (input) => createStaff(db, admin, input),
    );
    expect(result).toEqual(
      fieldFailure({
        nameKo: 'required',
        nameEn: 'required',
        email: 'emailInvalid',
        slug: 'slugInvalid',
        role: 'roleInvalid',
        password: 'passwordTooShort',
      }),
    );
  });

  it('rejects a desk that does not exist', async () => {
    const result = await asAction(
      newStaffSchema,
      { ...newReporter, email: 'other@example.com', slug: 'other', deskId: '0196f6a0-0000-7000-8000-000000000000' },
      (input) => createStaff(db, admin, input),
    );
    expect(result).toEqual(fieldFailure({ deskId: 'deskInvalid' }));
  });
});

describe('changeStaffRole', () => {
  it('changes the role and records from and to', async () => {
    const staff = await staffByEmail('kim.reporter@example.com');
    expect(
      await asAction(roleChangeSchema, { staffId: staff.id, role: 'EDITOR' }, (input) => changeStaffRole(db, admin, input)),
    ).toMatchObject({ ok: true });
    expect((await staffByEmail(staff.email)).role).toBe('EDITOR');
    expect((await auditActions(staff.id)).at(-1)).toEqual({
      action: 'staff.changeRole',
      actorId: admin.id,
      details: { from: 'REPORTER', to: 'EDITOR' },
    });
  });

  it('refuses to change the acting admin’s own role', async () => {
    expect(await asAction(roleChangeSchema, { staffId: admin.id, role: 'REPORTER' }, (input) => changeStaffRole(db, admin, input))).toEqual(
      fieldFailure({ staffId: 'ownAccount' }),
    );
    expect((await staffByEmail('admin@example.com')).role).toBe('ADMIN');
  });

  it('reports an unknown account', async () => {
    const result = await asAction(roleChangeSchema, { staffId: '0196f6a0-0000-7000-8000-000000000000', role: 'EDITOR' }, (input) =>
      changeStaffRole(db, admin, input),
    );
    expect(result).toEqual(fieldFailure({ staffId: 'staffNotFound' }));
  });
});

describe('deactivateStaff and reactivateStaff', () => {
  it('deactivation ends sessions by bumping sessionVersion; reactivation keeps it', async () => {
    const before = await staffByEmail('kim.reporter@example.com');
    expect(await asAction(staffTargetSchema, { staffId: before.id }, (input) => deactivateStaff(db, admin, input.staffId))).toMatchObject({
      ok: true,
    });
    const deactivated = await staffByEmail(before.email);
    expect(deactivated).toMatchObject({ active: false, sessionVersion: before.sessionVersion + 1 });

    expect(await asAction(staffTargetSchema, { staffId: before.id }, (input) => reactivateStaff(db, admin, input.staffId))).toMatchObject({
      ok: true,
    });
    expect(await staffByEmail(before.email)).toMatchObject({ active: true, sessionVersion: before.sessionVersion + 1 });
    expect((await auditActions(before.id)).slice(-2).map((entry) => entry.action)).toEqual(['staff.deactivate', 'staff.reactivate']);
  });

  it('refuses to deactivate the acting admin', async () => {
    expect(await asAction(staffTargetSchema, { staffId: admin.id }, (input) => deactivateStaff(db, admin, input.staffId))).toEqual(
      fieldFailure({ staffId: 'ownAccount' }),
    );
  });
});

describe('changeOwnPassword', () => {
  const change = (staff: { id: string; email: string }, input: Record<string, string>) =>
    asAction(passwordChangeSchema, input, (checked) =>
      changeOwnPassword(db, createSignInLimits(createMemoryLimiter), { ...staff, address: '203.0.113.4' }, checked),
    );

  it('needs the current password and the new one twice', async () => {
    const staff = await staffByEmail('kim.reporter@example.com');
    expect(
      await change(staff, { currentPassword: 'wrong', newPassword: 'another-long-password', repeatPassword: 'another-long-password' }),
    ).toEqual(fieldFailure({ currentPassword: 'currentPasswordWrong' }));
    expect(
      await change(staff, { currentPassword: newReporter.password, newPassword: 'another-long-password', repeatPassword: 'different' }),
    ).toEqual(fieldFailure({ repeatPassword: 'passwordsDiffer' }));
  });

  it('stores the new password and ends every session', async () => {
    const staff = await staffByEmail('kim.reporter@example.com');
    const input = { currentPassword: newReporter.password, newPassword: 'another-long-password', repeatPassword: 'another-long-password' };
    expect(await change(staff, input)).toMatchObject({ ok: true });
    const after = await staffByEmail(staff.email);
    expect(await verifyPassword(after.passwordHash, 'another-long-password')).toBe(true);
    expect(after.sessionVersion).toBe(staff.sessionVersion + 1);
    expect((await auditActions(staff.id)).at(-1)).toEqual({ action: 'staff.changePassword', actorId: staff.id, details: null });
  });
});

describe('changeOwnUiLocale', () => {
  it('switches the admin language and rejects unknown ones', async () => {
    expect(await asAction(uiLocaleSchema, { uiLocale: 'en' }, (input) => changeOwnUiLocale(db, admin, input.uiLocale))).toMatchObject({
      ok: true,
    });
    expect((await staffByEmail('admin@example.com')).uiLocale).toBe('en');
    expect(await asAction(uiLocaleSchema, { uiLocale: 'fr' }, (input) => changeOwnUiLocale(db, admin, input.uiLocale))).toEqual(
      fieldFailure({ uiLocale: 'localeInvalid' }),
    );
  });
});
