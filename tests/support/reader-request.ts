/** The site the reader routes are called as, in tests that call their handlers directly. */
export const testSite = 'http://127.0.0.1:3000';

/**
 * A request as a reader's browser sends it to a reader API route: from the site's own pages, from `ip` as the proxy in
 * front names it; a POST with the body when there is one (a string is sent as it is).
 */
export function readerRequest(path: string, body: unknown, { ip, origin = testSite }: { ip: string; origin?: string }): Request {
  const init: RequestInit = { headers: { host: '127.0.0.1:3000', origin, 'x-forwarded-for': ip, 'content-type': 'application/json' } };
  if (body !== undefined) Object.assign(init, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  return new Request(`${testSite}${path}`, init);
}
