import { PrismaPg } from '@prisma/adapter-pg';
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { revokeSession, revokeSessionOfRequest } from '@/lib/auth/sign-out';
import { staffOfRequest } from '@/lib/auth/staff-session';
import type { Database } from '@/lib/db/client';
import { PrismaClient } from '@/lib/db/generated/client';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { callNextAuth, cookieNamed, cookiePair, signInThroughNextAuth } from '../support/next-auth-call';

/**
 * Issue 12, item 9: signing out only deleted the cookie; a copy of the token (taken from a shared computer, a
 * proxy log, malware) stayed valid for its 8 hours. Now sign-out ends that session on the server, and only it.
 */
const secret = 'a-test-secret-of-enough-length-0123456789';
const siteUrl = 'http://localhost:3000';

// A client that reports every statement it sends, so the cost of a staff request can be counted.
const statements: string[] = [];
const database = vi.hoisted(() => ({ current: undefined as Database | undefined }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/runtime/database')>()),
  getDatabase: () => database.current,
}));

let testDatabase: TestDatabase;
let db: Database;
const password = 'the editor’s long password';
let editorId: string;

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', siteUrl);
  vi.stubEnv('NEXTAUTH_SECRET', secret);
  testDatabase = await createTestDatabase('sign-out-revocation', inject('templateDatabase'));
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: testDatabase.url }),
    log: [{ emit: 'event', level: 'query' }],
  });
  client.$on('query', (event) => statements.push(event.query));
  db = database.current = client;
  const editor = await db.staff.create({
    data: {
      email: 'editor@example.com',
      slug: 'editor',
      nameKo: '편집자',
      nameEn: 'Editor',
      role: 'EDITOR',
      passwordHash: await hashPassword(password),
    },
  });
  editorId = editor.id;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await db.$disconnect();
  await testDatabase.drop();
});

/** A device signed in as the editor: the session cookie it holds. */
async function signInDevice(): Promise<[string, string]> {
  const { setCookies } = await signInThroughNextAuth({ email: 'editor@example.com', password });
  return cookiePair(cookieNamed(setCookies, 'next-auth.session-token')!);
}

const request = ([name, value]: [string, string]) => new NextRequest(`${siteUrl}/admin`, { headers: { cookie: `${name}=${value}` } });
const staffOf = async (cookie: [string, string]) => (await staffOfRequest(request(cookie)))?.id ?? null;

describe('signing out', () => {
  it('makes the token refused when replayed, and leaves the staff member’s other sessions signed in', async () => {
    const laptop = await signInDevice();
    const phone = await signInDevice();
    expect(await staffOf(laptop)).toBe(editorId);

    expect(await revokeSessionOfRequest(request(laptop))).toBe(true);
    expect(await staffOf(laptop)).toBeNull();
    expect(await staffOf(phone)).toBe(editorId);
  });

  it('also ends copies next-auth reissues from the token, before or after the sign-out', async () => {
    const cookie = await signInDevice();
    const reissue = async (from: [string, string]) => {
      const { setCookies } = await callNextAuth({ method: 'GET', nextauth: ['session'], cookies: { [from[0]]: from[1] } });
      return cookiePair(cookieNamed(setCookies, 'next-auth.session-token')!);
    };
    const earlierCopy = await reissue(cookie);
    expect(earlierCopy[1]).not.toBe(cookie[1]);
    expect(await staffOf(earlierCopy)).toBe(editorId);

    expect(await revokeSessionOfRequest(request(cookie))).toBe(true);
    expect(await staffOf(earlierCopy)).toBeNull();
    expect(await staffOf(await reissue(cookie))).toBeNull();
  });

  it('keeps sessions to the 8 hours from sign-in, however often their token was reissued', async () => {
    const [name] = await signInDevice();
    const claims = { staffId: editorId, sessionVersion: 0, sessionId: crypto.randomUUID() };
    const token = (sessionExpiresAt: number) => encode({ secret, token: { ...claims, sessionExpiresAt } });
    const now = Math.floor(Date.now() / 1000);
    expect(await staffOf([name, await token(now + 60)])).toBe(editorId);
    expect(await staffOf([name, await token(now - 1)])).toBeNull();
  });

  it('refuses tokens from before sessions had ids: they could not be signed out', async () => {
    const [name] = await signInDevice();
    expect(await staffOf([name, await encode({ secret, token: { staffId: editorId, sessionVersion: 0 } })])).toBeNull();
  });

  it('checks a staff request’s session with the one statement that reads the account', async () => {
    const cookie = await signInDevice();
    // The first request of a process also reads the site's two-factor requirement, then kept for seconds.
    await staffOf(cookie);
    statements.length = 0;
    expect(await staffOf(cookie)).toBe(editorId);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/revoked_sessions/);
  });

  it('deletes revocations once the sessions they name would have ended anyway', async () => {
    const ended = { id: crypto.randomUUID(), staffId: editorId, expiresAt: new Date(Date.now() - 1000) };
    await db.revokedSession.create({ data: ended });
    const now = Math.floor(Date.now() / 1000);
    const token = { staffId: editorId, sessionVersion: 0, sessionId: crypto.randomUUID(), sessionExpiresAt: now + 3600 };
    await revokeSession(db, token);
    expect(await db.revokedSession.findUnique({ where: { id: ended.id } })).toBeNull();
    expect(await db.revokedSession.findUnique({ where: { id: token.sessionId } })).toMatchObject({
      expiresAt: new Date(token.sessionExpiresAt * 1000),
    });
  });
});
