import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createSignInLimits, type SignInLimits } from '@/lib/auth/sign-in-limits';
import { verifyStaffCredentials } from '@/lib/auth/verify-credentials';
import type { Database } from '@/lib/db/client';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('staff-credentials');
let db: Database;
let limits: SignInLimits;
let editorId: string;

const password = 'correct horse battery staple';
const ip = '203.0.113.9';

beforeAll(async () => {
  db = own.db;
  const passwordHash = await hashPassword(password);
  const editor = await db.staff.create({
    data: {
      email: 'editor@example.com',
      slug: 'editor',
      nameKo: '편집자',
      nameEn: 'Editor',
      role: 'EDITOR',
      passwordHash,
      sessionVersion: 3,
    },
  });
  editorId = editor.id;
  await db.staff.create({
    data: { email: 'former@example.com', slug: 'former', nameKo: '전직', nameEn: 'Former', role: 'REPORTER', passwordHash, active: false },
  });
});

beforeEach(() => {
  limits = createSignInLimits(createMemoryLimiter);
});

const check = (email: string, typed: string, from: string | null = ip) =>
  verifyStaffCredentials(db, limits, { email, password: typed, ip: from });

describe('verifyStaffCredentials', () => {
  it('accepts the right password, whatever the e-mail’s case, with the session version', async () => {
    expect(await check('  Editor@Example.com', password)).toEqual({
      ok: true,
      staff: { id: editorId, email: 'editor@example.com', sessionVersion: 3 },
    });
  });

  it('gives one answer for a wrong password, an unknown e-mail and a deactivated account', async () => {
    const invalid = { ok: false, reason: 'invalid' };
    expect(await check('editor@example.com', 'wrong password')).toEqual(invalid);
    expect(await check('nobody@example.com', password)).toEqual(invalid);
    expect(await check('former@example.com', password)).toEqual(invalid);
    expect(await check('editor@example.com', undefined as unknown as string)).toEqual(invalid);
  });

  it('refuses even the right password for a minute after five failures from that address, and only from there', async () => {
    for (let i = 0; i < 4; i++) expect(await check('editor@example.com', 'guess')).toEqual({ ok: false, reason: 'invalid' });
    expect(await check('editor@example.com', 'guess')).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 1 });
    expect(await check('editor@example.com', password)).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 1 });
    expect((await check('editor@example.com', password, '198.51.100.1')).ok).toBe(true);
  });

  it('limits an address guessing at many accounts, unknown ones included', async () => {
    for (let i = 0; i < 5; i++) await check(`guess${i}@example.com`, 'guess');
    expect(await check('editor@example.com', password)).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 1 });
    expect((await check('editor@example.com', password, '198.51.100.2')).ok).toBe(true);
  });

  it('starts counting afresh after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await check('editor@example.com', 'guess', null);
    expect((await check('editor@example.com', password, null)).ok).toBe(true);
    for (let i = 0; i < 4; i++) expect(await check('editor@example.com', 'guess', null)).toEqual({ ok: false, reason: 'invalid' });
  });
});
