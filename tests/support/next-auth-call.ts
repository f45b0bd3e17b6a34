import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

export type NextAuthCall = {
  method: string;
  nextauth: string[];
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
  body?: Record<string, string>;
};

/** One request to next-auth with our options, as its handler runs it; the Set-Cookie lines and body it answers. */
export async function callNextAuth({ method, nextauth, cookies = {}, headers = {}, body }: NextAuthCall) {
  const sent = new Map<string, unknown>();
  const response = {
    body: undefined as unknown,
    status: () => response,
    setHeader: (name: string, value: unknown) => (sent.set(name.toLowerCase(), value), response),
    getHeader: (name: string) => sent.get(name.toLowerCase()),
    end: () => {},
    send: (body: unknown) => void (response.body = body),
    json: (body: unknown) => void (response.body = body),
  };
  const request = { method, query: { nextauth }, headers, cookies, body };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: typeof authOptions) => Promise<void>)(request, response, authOptions);
  return { setCookies: (sent.get('set-cookie') ?? []) as string[], body: response.body };
}

export const cookieNamed = (lines: string[], ending: string) => lines.find((line) => line.split('=')[0]!.endsWith(ending));

/** A Set-Cookie line's name and value, as a browser sends it back. */
export function cookiePair(line: string): [string, string] {
  const [name, value] = line.split(';')[0]!.split('=');
  return [name!, decodeURIComponent(value!)];
}

/**
 * Signs in through next-auth's credentials endpoint as the sign-in form does (CSRF token first, `json` answers);
 * the Set-Cookie lines of both steps and the answer, whose `url` carries any error to the browser.
 */
export async function signInThroughNextAuth(credentials: { email: string; password: string }, headers: Record<string, string> = {}) {
  const csrf = await callNextAuth({ method: 'GET', nextauth: ['csrf'] });
  const csrfLine = cookieNamed(csrf.setCookies, 'next-auth.csrf-token')!;
  const [csrfName, csrfValue] = cookiePair(csrfLine);
  const signedIn = await callNextAuth({
    method: 'POST',
    nextauth: ['callback', 'credentials'],
    cookies: { [csrfName]: csrfValue },
    headers,
    body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, ...credentials, json: 'true' },
  });
  return { setCookies: [csrfLine, ...signedIn.setCookies], url: (signedIn.body as { url: string }).url };
}
