import type { Metadata } from 'next';
import { PasswordForm } from '@/components/admin/account/PasswordForm';
import { ProfileForm } from '@/components/admin/account/ProfileForm';
import { TwoFactorPanel, type TwoFactorView } from '@/components/admin/account/TwoFactorPanel';
import { UiLocaleForm } from '@/components/admin/account/UiLocaleForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { twoFactorStateOf } from '@/lib/auth/two-factor';
import { formatNewsTime } from '@/lib/i18n/time';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { listDesks } from '@/lib/newsroom/desks';
import { findProfile } from '@/lib/staff/find-profile';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).accountTitle };
}

export default async function AccountPage() {
  const staff = await requireStaff('profile.editOwn');
  const t = getAdminMessages(staff.uiLocale);
  const db = getDatabase();
  const [profile, desks, twoFactor] = await Promise.all([findProfile(db, staff.id), listDesks(db), twoFactorStateOf(db, staff)]);
  const twoFactorView: TwoFactorView =
    twoFactor.kind === 'on' ? { ...twoFactor, enabledAt: formatNewsTime(twoFactor.enabledAt, staff.uiLocale) } : twoFactor;
  return (
    <>
      <h1 className="text-2xl font-bold">{t.accountTitle}</h1>
      {staff.mustEnrolTwoFactor && (
        <p role="alert" className="mt-4 rounded border border-accent p-3 text-sm font-semibold">
          {t.twoFactorRequiredNotice}
        </p>
      )}
      <section aria-labelledby="two-factor-heading" className="mt-8">
        <h2 id="two-factor-heading" className="mb-2 text-lg font-bold">
          {t.twoFactorTitle}
        </h2>
        <p className="mb-4 text-sm text-muted">{t.twoFactorLead}</p>
        <TwoFactorPanel locale={staff.uiLocale} state={twoFactorView} />
      </section>
      <section aria-labelledby="profile-heading" className="mt-8">
        <h2 id="profile-heading" className="mb-2 text-lg font-bold">
          {t.profileTitle}
        </h2>
        <p className="mb-4 text-sm text-muted">{t.profileLead}</p>
        <ProfileForm
          locale={staff.uiLocale}
          profile={profile}
          desks={desks.map((desk) => ({ id: desk.id, name: localName(desk, staff.uiLocale) }))}
          canChoosePortrait={can(staff.role, 'photo.upload')}
        />
      </section>
      <section aria-labelledby="language-heading" className="mt-10">
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
