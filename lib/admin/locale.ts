import { cookies } from 'next/headers';
import { getStaffSession } from '@/lib/auth/session';
import { getAdminMessages, type AdminMessages } from '@/lib/i18n/admin-messages';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { adminLocaleCookie, adminLocaleCookieMaxAge } from './locale-cookie';

/** The language this browser chose for the newsroom (on the sign-in page or in the account settings), if any. */
export async function chosenAdminLocale(): Promise<Locale | null> {
  const value = (await cookies()).get(adminLocaleCookie)?.value;
  return value && isLocale(value) ? value : null;
}

/** Remembers the choice on this browser; only where cookies may be written (server actions, route handlers). */
export async function rememberAdminLocale(locale: Locale): Promise<void> {
  (await cookies()).set(adminLocaleCookie, locale, {
    path: '/admin',
    maxAge: adminLocaleCookieMaxAge,
    sameSite: 'lax',
    secure: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  });
}

/** The signed-in staff member's interface language; signed out, the one chosen on this browser, else Korean. */
export async function getAdminLocale(): Promise<Locale> {
  return (await getStaffSession())?.uiLocale ?? (await chosenAdminLocale()) ?? 'ko';
}

export async function getAdminMessagesForRequest(): Promise<AdminMessages> {
  return getAdminMessages(await getAdminLocale());
}
