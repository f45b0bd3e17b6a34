import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/admin/account/ResetPasswordForm';
import { chosenAdminLocale } from '@/lib/admin/locale';
import { findPasswordReset } from '@/lib/auth/password-reset';
import { signInMessages } from '@/lib/i18n/admin/sign-in';
import { formatNewsTime } from '@/lib/i18n/time';
import { getDatabase } from '@/lib/runtime/database';

type Params = Promise<{ token: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: signInMessages[(await chosenAdminLocale()) ?? 'ko'].resetTitle };
}

/** Signed out, from a link an admin handed over: in the account's newsroom language while the link is good. */
export default async function ResetPasswordPage({ params }: { params: Params }) {
  const { token } = await params;
  const reset = await findPasswordReset(getDatabase(), token);
  const locale = reset?.uiLocale ?? (await chosenAdminLocale()) ?? 'ko';
  const t = signInMessages[locale];
  return (
    <div lang={locale} className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t.resetTitle}</h1>
      {reset ? (
        <>
          <p className="mt-2 text-muted">{t.resetLead(reset.email)}</p>
          <p className="mt-1 text-sm text-muted">{t.resetExpires(formatNewsTime(reset.expiresAt, locale))}</p>
          <div className="mt-6">
            <ResetPasswordForm token={token} locale={locale} />
          </div>
        </>
      ) : (
        <p role="alert" className="mt-4 rounded border border-rule p-3 text-sm">
          {t.resetInvalid}
        </p>
      )}
    </div>
  );
}
