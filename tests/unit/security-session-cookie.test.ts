import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieNamed, signInThroughNextAuth } from '../support/next-auth-call';

vi.mock('@/lib/runtime/database', () => ({ getDatabase: () => ({}) }));
vi.mock('@/lib/auth/verify-credentials', () => ({
  verifyStaffCredentials: async () => ({ ok: true, staff: { id: 'staff-1', email: 'editor@dateline.example', sessionVersion: 1 } }),
}));

afterEach(() => {
  vi.unstubAllEnvs();
});

const attributes = (line: string | undefined) =>
  new Set(
    line
      ?.split(';')
      .slice(1)
      .map((part) => part.trim().toLowerCase()),
  );

/** The Set-Cookie lines when staff sign in on a site whose NEXTAUTH_URL is `siteUrl`. */
async function signInCookies(siteUrl: string): Promise<string[]> {
  vi.stubEnv('NEXTAUTH_URL', siteUrl);
  vi.stubEnv('NEXTAUTH_SECRET', 'a-test-secret-of-enough-length-0123456789');
  return (await signInThroughNextAuth({ email: 'editor@dateline.example', password: 'whatever' })).setCookies;
}

describe('the staff session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Secure (with the __Secure- prefix) when NEXTAUTH_URL is https', async () => {
    const lines = await signInCookies('https://news.example');
    const session = cookieNamed(lines, 'next-auth.session-token');
    expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
    for (const attribute of ['httponly', 'samesite=lax', 'secure', 'path=/'])
      expect(attributes(session).has(attribute), attribute).toBe(true);
    for (const attribute of ['httponly', 'samesite=lax', 'secure'])
      expect(attributes(cookieNamed(lines, 'csrf-token')).has(attribute), attribute).toBe(true);
  });

  it('is HttpOnly and SameSite=Lax but not Secure on a plain-http site (a browser would not send it back)', async () => {
    const session = cookieNamed(await signInCookies('http://localhost:3000'), 'next-auth.session-token');
    expect(session).toMatch(/^next-auth\.session-token=/);
    for (const attribute of ['httponly', 'samesite=lax', 'path=/']) expect(attributes(session).has(attribute), attribute).toBe(true);
    expect(attributes(session).has('secure')).toBe(false);
  });
});
