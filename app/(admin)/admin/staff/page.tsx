import type { Metadata } from 'next';
import Link from 'next/link';
import { PasswordResetLinkForm } from '@/components/admin/staff/PasswordResetLinkForm';
import { StaffActiveForm } from '@/components/admin/staff/StaffActiveForm';
import { StaffContactEmailForm } from '@/components/admin/staff/StaffContactEmailForm';
import { StaffRoleForm } from '@/components/admin/staff/StaffRoleForm';
import { TwoFactorRequirementForm } from '@/components/admin/staff/TwoFactorRequirementForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { isTwoFactorRequired } from '@/lib/auth/two-factor';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { listStaff } from '@/lib/staff/list-staff';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).staffTitle };
}

export default async function StaffPage() {
  const admin = await requireStaff('staff.manage');
  const locale = admin.uiLocale;
  const t = getAdminMessages(locale);
  const db = getDatabase();
  const [staff, twoFactorRequired] = await Promise.all([listStaff(db), isTwoFactorRequired(db)]);

  return (
    <>
      <div className="mb-6 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t.staffTitle}</h1>
        <Link href="/admin/staff/new" className="font-semibold text-accent hover:underline">
          {t.newStaff}
        </Link>
      </div>
      <section aria-labelledby="security-heading" className="mb-8 rounded border border-rule p-4">
        <h2 id="security-heading" className="mb-2 font-bold">
          {t.securityTitle}
        </h2>
        <TwoFactorRequirementForm required={twoFactorRequired} locale={locale} />
      </section>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t.staffListCaption}</caption>
          <thead className="border-b border-rule">
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t.nameKo} / {t.nameEn}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t.signInEmail}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t.contactEmail}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t.desk}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t.role}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t.status}
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => {
              const name = localName(member, locale);
              const isSelf = member.id === admin.id;
              return (
                <tr key={member.id} className="border-b border-rule align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    <span lang="ko">{member.nameKo}</span> / <span lang="en">{member.nameEn}</span> {isSelf && t.you}
                    <Link
                      href={`/admin/staff/${member.id}`}
                      aria-label={`${t.editProfile}: ${name}`}
                      className="ml-1 text-xs font-normal text-accent hover:underline"
                    >
                      {t.editProfile}
                    </Link>
                    {member.totpEnabledAt && (
                      <span className="ml-1 rounded border border-rule px-1 text-xs font-normal">{t.twoFactorOnBadge}</span>
                    )}
                  </th>
                  <td className="py-2 pr-4">{member.email}</td>
                  <td className="py-2 pr-4">
                    <StaffContactEmailForm staffId={member.id} contactEmail={member.contactEmail} staffName={name} locale={locale} />
                  </td>
                  <td className="py-2 pr-4">{member.desk ? localName(member.desk, locale) : '—'}</td>
                  <td className="py-2 pr-4">
                    {isSelf ? (
                      t.roles[member.role]
                    ) : (
                      <StaffRoleForm staffId={member.id} role={member.role} staffName={name} locale={locale} />
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <span>{member.active ? t.active : t.inactive}</span>
                      {!isSelf && (
                        <StaffActiveForm
                          key={String(member.active)}
                          staffId={member.id}
                          active={member.active}
                          staffName={name}
                          locale={locale}
                        />
                      )}
                    </div>
                    {!isSelf && member.active && (
                      <div className="mt-2">
                        <PasswordResetLinkForm staffId={member.id} staffName={name} locale={locale} />
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
