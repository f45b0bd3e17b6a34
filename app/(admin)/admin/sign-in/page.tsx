import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/SignInForm';
import { chosenAdminLocale } from '@/lib/admin/locale';
import { safeNextPath, signInPage } from '@/lib/auth/paths';
import { getStaffSession } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Nobody is signed in yet, so the page's language comes from the address (`?lang=en`, the language switch), else
 * from the language this browser chose before, else Korean. A chosen language becomes the account's at sign-in.
 */
async function readSearchParams(searchParams: SearchParams) {
  const { lang, next, reason } = await searchParams;
  const asked: Locale | null = lang === 'en' || lang === 'ko' ? lang : null;
  const remembered = await chosenAdminLocale();
  const locale: Locale = asked ?? remembered ?? 'ko';
  return {
    locale,
    chosen: asked !== null || remembered !== null,
    next: safeNextPath(typeof next === 'string' ? next : null),
    passwordChanged: reason === 'password-changed',
  };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { locale } = await readSearchParams(searchParams);
  return { title: getAdminMessages(locale).signInTitle };
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, chosen, next, passwordChanged } = await readSearchParams(searchParams);
  if (await getStaffSession()) redirect(next);
  const t = getAdminMessages(locale);
  const otherLocale: Locale = locale === 'ko' ? 'en' : 'ko';
  const otherLanguage = new URLSearchParams({ lang: otherLocale, ...(next === '/admin' ? {} : { next }) });

  return (
    <div lang={locale} className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t.signInTitle}</h1>
      <p className="mt-2 text-muted">{t.signInLead}</p>
      {passwordChanged && <p className="mt-4 rounded border border-rule p-3 text-sm">{t.signInAfterPasswordChange}</p>}
      <div className="mt-6">
        <SignInForm locale={locale} chosen={chosen} next={next} />
      </div>
      <p className="mt-6 text-sm">
        <Link href={`${signInPage}?${otherLanguage}`} lang={otherLocale} hrefLang={otherLocale} className="hover:underline">
          {t.signInOtherLanguage}
        </Link>
      </p>
    </div>
  );
}
