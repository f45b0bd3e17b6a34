/** The request header proxy.ts fills with the admin page being requested, so sign-in can send staff back to it. */
export const requestedPathHeader = 'x-dateline-path';

export const signInPage = '/admin/sign-in';

export function signInPath(next: string): string {
  return next === '/admin' ? signInPage : `${signInPage}?next=${encodeURIComponent(next)}`;
}

/** Only admin pages on this site: `next` comes from the address bar, so anything else would be an open redirect. */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || !/^\/admin(?:[/?#]|$)/.test(next) || next.startsWith(signInPage)) return '/admin';
  return next;
}
