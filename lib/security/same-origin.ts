/**
 * For route handlers that change data (server actions check this themselves): browsers send `Origin` with
 * every POST and a page cannot forge it, so a request from another site, riding on a staff member's
 * cookie, is told apart here. A request without one is refused: no browser sends such a POST.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
