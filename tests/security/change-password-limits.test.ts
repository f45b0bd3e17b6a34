import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSignInLimits, type SignInLimits } from '@/lib/auth/sign-in-limits';
import { verifyStaffCredentials } from '@/lib/auth/verify-credentials';
import type { Database } from '@/lib/db/client';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';
import { changeOwnPassword, passwordChangeSchema } from '@/lib/staff/change-own-password';
import { ownTestDatabase } from '../support/own-database';
import { asAction, fieldFailure } from '../support/staff-change';

/**
 * Issue 12, item 10: "change password" checked the current password as often as it was asked, so anyone holding
 * a session (a borrowed laptop, a stolen cookie) could guess at the password without limit. The current password
 * now counts against the sign-in limits of the account and address.
 */
const own = ownTestDatabase('change-password-limits');
let db: Database;
let limits: SignInLimits;
let reporter: { id: string; email: string };

const password = 'the reporter’s long password';
const here = '203.0.113.20';

beforeAll(async () => {
  db = own.db;
  reporter = await db.staff.create({
    data: {
      email: 'reporter@example.com',
      slug: 'reporter',
      nameKo: '기자',
      nameEn: 'Reporter',
      role: 'REPORTER',
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true },
  });
});

beforeEach(() => {
  limits = createSignInLimits(createMemoryLimiter);
});

const change = (currentPassword: string, address = here) =>
  asAction(passwordChangeSchema, { currentPassword, newPassword: 'a new long password', repeatPassword: 'a new long password' }, (input) =>
    changeOwnPassword(db, limits, { ...reporter, address }, input),
  );
const wrong = fieldFailure({ currentPassword: 'currentPasswordWrong' });
const tooMany = fieldFailure({ currentPassword: 'tooManyAttempts' });

describe('changing one’s own password', () => {
  it('refuses after five wrong current passwords from an address, the right one included, and keeps the password', async () => {
    for (let i = 0; i < 4; i++) expect(await change(`guess ${i}`)).toEqual(wrong);
    expect(await change('guess 5')).toEqual(tooMany);
    expect(await change(password)).toEqual(tooMany);
    const { passwordHash } = await db.staff.findUniqueOrThrow({ where: { id: reporter.id } });
    expect(await verifyPassword(passwordHash, password)).toBe(true);
  });

  it('counts with sign-in: guesses here and there add up, for this account and address', async () => {
    for (let i = 0; i < 4; i++) await verifyStaffCredentials(db, limits, { email: reporter.email, password: `guess ${i}`, ip: here });
    expect(await change('guess 5')).toEqual(tooMany);
    expect(await verifyStaffCredentials(db, limits, { email: reporter.email, password, ip: here })).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterMinutes: 1,
    });
  });

  it('still lets the owner change it from an address that has not failed', async () => {
    for (let i = 0; i < 5; i++) await change(`guess ${i}`, '198.51.100.40');
    expect(await change(password)).toMatchObject({ ok: true });
  });
});
