import { getStaffSession } from '@/lib/auth/session';
import { getAdminMessages, type AdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';

/** The signed-in staff member's interface language; Korean, the newsroom's, for everyone else. */
export async function getAdminLocale(): Promise<Locale> {
  return (await getStaffSession())?.uiLocale ?? 'ko';
}

export async function getAdminMessagesForRequest(): Promise<AdminMessages> {
  return getAdminMessages(await getAdminLocale());
}
