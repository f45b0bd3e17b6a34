import type { Locale } from '@/lib/i18n/locales';

/**
 * The newsroom language chosen on this browser, remembered while signed out: the sign-in page opens in it and
 * signing in makes it the account's language. A plain preference (no secret), readable by the page's script.
 */
export const adminLocaleCookie = 'dateline-admin-locale';
export const adminLocaleCookieMaxAge = 365 * 24 * 60 * 60;

/** The cookie as the browser writes it (`document.cookie`), for the sign-in page's language switch. */
export function adminLocaleCookieString(locale: Locale, secure: boolean): string {
  return `${adminLocaleCookie}=${locale}; Path=/admin; Max-Age=${adminLocaleCookieMaxAge}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
