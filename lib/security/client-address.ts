/**
 * The reader's address as the nearest proxy saw it: the last `X-Forwarded-For` entry, which nginx
 * (`proxy_add_x_forwarded_for`) appends and Next.js sets from the socket when no proxy sent one.
 * Earlier entries are whatever the client claimed and are not trusted.
 */
export function clientAddress(forwardedFor: unknown): string | null {
  if (typeof forwardedFor !== 'string') return null;
  return forwardedFor.split(',').at(-1)?.trim() || null;
}

/** The same, from a route handler's request; `unknown` when there is none (limits then share one bucket). */
export function requestAddress(request: Request): string {
  return clientAddress(request.headers.get('x-forwarded-for')) ?? 'unknown';
}
