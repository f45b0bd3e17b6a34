import type { Metadata } from 'next';
import { PasswordForm } from '@/components/admin/account/PasswordForm';
import { UiLocaleForm } from '@/components/admin/account/UiLocaleForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).accountTitle };
}

export default async function AccountPage() {
  const staff = await requireStaff('profile.editOwn');
  const t = getAdminMessages(staff.uiLocale);
  return (
    <>
      <h1 className="text-2xl font-bold">{t.accountTitle}</h1>
      <section aria-labelledby="language-heading" className="mt-8">
        <h2 id="language-heading" className="mb-4 text-lg font-bold">
          {t.languageTitle}
        </h2>
        <UiLocaleForm locale={staff.uiLocale} />
      </section>
      <section aria-labelledby="password-heading" className="mt-10">
        <h2 id="password-heading" className="mb-4 text-lg font-bold">
          {t.changePasswordTitle}
        </h2>
        <PasswordForm locale={staff.uiLocale} />
      </section>
    </>
  );
}
