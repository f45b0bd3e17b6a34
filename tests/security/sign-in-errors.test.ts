import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { parseSignInError } from '@/lib/auth/sign-in-errors';
import { createDatabase, type Database } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { ownTestDatabase } from '../support/own-database';
import { signInThroughNextAuth } from '../support/next-auth-call';

/**
 * Issue 12, item 12: next-auth puts the message of an error thrown while checking a sign-in into the address it
 * answers with, so a NUL in the e-mail or a database outage sent Prisma's text (the database's host and port
 * among it) to the browser. Only the codes the sign-in form knows may reach it.
 */
const database = vi.hoisted(() => ({ current: undefined as Database | undefined }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/runtime/database')>()),
  getDatabase: () => database.current,
}));

const own = ownTestDatabase('sign-in-errors');
// Nothing listens on port 1.
const unreachable = createDatabase('postgresql://postgres@127.0.0.1:1/dateline');

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  vi.stubEnv('NEXTAUTH_SECRET', 'a-test-secret-of-enough-length-0123456789');
  await own.db.staff.create({
    data: {
      email: 'editor@example.com',
      slug: 'editor',
      nameKo: '편집자',
      nameEn: 'Editor',
      role: 'EDITOR',
      passwordHash: await hashPassword('a long password'),
    },
  });
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  vi.unstubAllEnvs();
  await unreachable.$disconnect();
});

/** The `error` the browser is handed for this sign-in, after checking nothing else in the answer names it. */
async function errorSentFor(email: string, db: Database): Promise<string> {
  database.current = db;
  const logged = vi.spyOn(logger(), 'error').mockImplementation(() => {});
  const { url } = await signInThroughNextAuth({ email, password: 'a long password' }, { 'x-forwarded-for': '203.0.113.12' });
  logged.mockRestore();
  const error = new URL(url).searchParams.get('error') ?? '';
  expect(url).not.toMatch(/prisma|postgres|127\.0\.0\.1|:1\b|invalid byte|0x00/i);
  return error;
}

const knownCodes = /^(invalid|failed|throttled-\d+)$/;

describe('what a failed sign-in hands the browser', () => {
  it('for a NUL in the e-mail: the answer to any wrong e-mail', async () => {
    const error = await errorSentFor('editor\u0000@example.com', own.db);
    expect(error).toBe('invalid');
  });

  it('while the database cannot be reached: the code the form shows as “try again in a moment” in both languages', async () => {
    const error = await errorSentFor('editor@example.com', unreachable);
    expect(error).toMatch(knownCodes);
    expect(parseSignInError(error)).toEqual({ kind: 'failed' });
  });

  it('is logged on the server in full', async () => {
    database.current = unreachable;
    const logged = vi.spyOn(logger(), 'error').mockImplementation(() => {});
    await signInThroughNextAuth({ email: 'editor@example.com', password: 'a long password' });
    expect(logged).toHaveBeenCalledWith({ err: expect.any(Error) }, 'Sign-in could not be checked');
  });
});
