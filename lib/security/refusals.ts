import { getAdminMessages, type AdminMessages } from '@/lib/i18n/admin-messages';
import { locales } from '@/lib/i18n/locales';

/** Plain text in both languages: before a request is read, whose browser sent it, in which language, is not known. */
function refusal(status: number, message: (t: AdminMessages) => string): Response {
  const text = locales.map((locale) => message(getAdminMessages(locale))).join('\n');
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/** A change sent from another site. */
export const crossSiteRefusal = () => refusal(403, (t) => t.actionErrors.crossSite);

/** A sign-out the database could not record: the session is still valid, so staff are told to try again. */
export const signOutFailedRefusal = () => refusal(503, (t) => t.signOutFailed);
