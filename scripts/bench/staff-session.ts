import type { RunningSite } from './site';

/** `name=value` of each cookie a response sets. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

/**
 * Signs a staff member in through next-auth's credentials flow, as the sign-in form does (CSRF token, then the
 * credentials callback), and returns the Cookie header that carries the session.
 */
export async function signInStaff(site: RunningSite, { email, password }: { email: string; password: string }): Promise<string> {
  const csrf = await fetch(`${site.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrf);
  const callback = await fetch(`${site.url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    // A browser's form post names its origin; the sign-in route refuses one that does not.
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookies.join('; '), origin: site.url },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${site.url}/admin`, json: 'true' }),
  });
  const session = cookiesOf(callback).find((cookie) => /^(__Secure-)?next-auth\.session-token=/u.test(cookie));
  if (!session) throw new Error(`Signing in as ${email} failed (${callback.status}).`);
  return [...csrfCookies, session].join('; ');
}
