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

export const accountPage = '/admin/account';

/** Where staff required to use two-factor sign-in are sent until they have turned it on. */
export const twoFactorEnrolmentPath = `${accountPage}?two-factor=required`;

export function isAccountPath(path: string): boolean {
  return path === accountPage || /^\/admin\/account[/?#]/.test(path);
}
