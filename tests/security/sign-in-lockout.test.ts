import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createSignInLimits, type SignInLimits } from '@/lib/auth/sign-in-limits';
import { verifyStaffCredentials } from '@/lib/auth/verify-credentials';
import type { Database } from '@/lib/db/client';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';
import { ownTestDatabase } from '../support/own-database';

/**
 * Issue 12, item 3: failed sign-ins from anywhere used to lock the account itself, so anyone who knew a staff
 * member's e-mail could keep them out. Now an attacker locks only their own addresses out of the account.
 */
const own = ownTestDatabase('sign-in-lockout');
let db: Database;
let limits: SignInLimits;

const admin = 'admin@example.com';
const unknown = 'nobody@example.com';
const password = 'the admin’s own long password';
const ownerAddress = '203.0.113.9';
const attacker = (i: number) => `198.51.100.${i}`;

beforeAll(async () => {
  db = own.db;
  const passwordHash = await hashPassword(password);
  await db.staff.create({ data: { email: admin, slug: 'admin', nameKo: '관리자', nameEn: 'Admin', role: 'ADMIN', passwordHash } });
});

beforeEach(() => {
  limits = createSignInLimits(createMemoryLimiter);
});

const signIn = (email: string, typed: string, ip: string) => verifyStaffCredentials(db, limits, { email, password: typed, ip });
const invalid = { ok: false, reason: 'invalid' };
const throttled = (retryAfterMinutes: number) => ({ ok: false, reason: 'throttled', retryAfterMinutes });

describe('an attacker guessing from one address', () => {
  it('locks that address out of the account, not the owner signing in from theirs', async () => {
    for (let i = 0; i < 4; i++) expect(await signIn(admin, 'guess', attacker(1))).toEqual(invalid);
    expect(await signIn(admin, 'guess', attacker(1))).toEqual(throttled(1));
    expect(await signIn(admin, password, attacker(1))).toEqual(throttled(1));

    expect((await signIn(admin, password, ownerAddress)).ok).toBe(true);
  });
});

describe('an attacker guessing from many addresses', () => {
  it('gets one guess per address while the account is guarded; the owner still signs in from an address that has not failed', async () => {
    for (let i = 1; i <= 9; i++) expect(await signIn(admin, 'guess', attacker(i))).toEqual(invalid);
    expect(await signIn(admin, 'guess', attacker(10))).toEqual(throttled(15));

    // Addresses that have failed are refused before their password is looked at, the right one included.
    expect(await signIn(admin, 'second guess', attacker(3))).toEqual(throttled(15));
    expect(await signIn(admin, password, attacker(3))).toEqual(throttled(15));
    // A fresh address has its one guess, then is refused too.
    expect(await signIn(admin, 'guess', attacker(11))).toEqual(throttled(15));
    expect(await signIn(admin, password, attacker(11))).toEqual(throttled(15));

    expect((await signIn(admin, password, ownerAddress)).ok).toBe(true);
  });
});

describe('what the answers reveal', () => {
  it('is the same for an unknown e-mail as for a locked or guarded account', async () => {
    const sequence = async (email: string) => {
      const answers = [];
      for (let i = 1; i <= 12; i++) answers.push(await signIn(email, 'guess', attacker(i)));
      for (let i = 0; i < 6; i++) answers.push(await signIn(email, 'guess', attacker(20)));
      answers.push(await signIn(email, password, attacker(20)));
      return answers;
    };
    expect(await sequence(unknown)).toEqual(await sequence(admin));
  });
});

describe('the limit per address across accounts', () => {
  it('still refuses an address that guessed at many accounts, and only it', async () => {
    for (let i = 0; i < 5; i++) await signIn(`guess${i}@example.com`, 'guess', attacker(7));
    expect(await signIn(admin, password, attacker(7))).toEqual(throttled(1));
    expect((await signIn(admin, password, ownerAddress)).ok).toBe(true);
  });
});
