import NextAuth from 'next-auth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authOptions } from '@/lib/auth/options';

vi.mock('@/lib/db/client', () => ({ getDatabase: () => ({}) }));
vi.mock('@/lib/auth/verify-credentials', () => ({
  verifyStaffCredentials: async () => ({ ok: true, staff: { id: 'staff-1', email: 'editor@dateline.example', sessionVersion: 1 } }),
}));

afterEach(() => {
  vi.unstubAllEnvs();
});

type Call = { method: string; nextauth: string[]; cookies?: Record<string, string>; body?: Record<string, string> };

/** One request to next-auth with our options, as its handler runs it; the Set-Cookie lines and body it answers. */
async function callNextAuth({ method, nextauth, cookies = {}, body }: Call) {
  const headers = new Map<string, unknown>();
  const response = {
    body: undefined as unknown,
    status: () => response,
    setHeader: (name: string, value: unknown) => (headers.set(name.toLowerCase(), value), response),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => {},
    send: (sent: unknown) => void (response.body = sent),
    json: (sent: unknown) => void (response.body = sent),
  };
  const request = { method, query: { nextauth }, headers: {}, cookies, body };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: typeof authOptions) => Promise<void>)(request, response, authOptions);
  return { setCookies: (headers.get('set-cookie') ?? []) as string[], body: response.body };
}

const cookieNamed = (lines: string[], ending: string) => lines.find((line) => line.split('=')[0]!.endsWith(ending));
const attributes = (line: string | undefined) => new Set(line?.split(';').slice(1).map((part) => part.trim().toLowerCase()));

/** The Set-Cookie lines when staff sign in on a site whose NEXTAUTH_URL is `siteUrl`. */
async function signInCookies(siteUrl: string): Promise<string[]> {
  vi.stubEnv('NEXTAUTH_URL', siteUrl);
  vi.stubEnv('NEXTAUTH_SECRET', 'a-test-secret-of-enough-length-0123456789');
  const csrf = await callNextAuth({ method: 'GET', nextauth: ['csrf'] });
  const csrfLine = cookieNamed(csrf.setCookies, 'next-auth.csrf-token')!;
  const [csrfName, csrfValue] = csrfLine.split(';')[0]!.split('=');
  const signedIn = await callNextAuth({
    method: 'POST',
    nextauth: ['callback', 'credentials'],
    cookies: { [csrfName!]: decodeURIComponent(csrfValue!) },
    body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, email: 'editor@dateline.example', password: 'whatever' },
  });
  return [csrfLine, ...signedIn.setCookies];
}

describe('the staff session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Secure (with the __Secure- prefix) when NEXTAUTH_URL is https', async () => {
    const lines = await signInCookies('https://news.example');
    const session = cookieNamed(lines, 'next-auth.session-token');
    expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
    for (const attribute of ['httponly', 'samesite=lax', 'secure', 'path=/']) expect(attributes(session).has(attribute), attribute).toBe(true);
    for (const attribute of ['httponly', 'samesite=lax', 'secure']) expect(attributes(cookieNamed(lines, 'csrf-token')).has(attribute), attribute).toBe(true);
  });

  it('is HttpOnly and SameSite=Lax but not Secure on a plain-http site (a browser would not send it back)', async () => {
    const session = cookieNamed(await signInCookies('http://localhost:3000'), 'next-auth.session-token');
    expect(session).toMatch(/^next-auth\.session-token=/);
    for (const attribute of ['httponly', 'samesite=lax', 'path=/']) expect(attributes(session).has(attribute), attribute).toBe(true);
    expect(attributes(session).has('secure')).toBe(false);
  });
});
