import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProfileForm } from '@/components/admin/account/ProfileForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { listDesks } from '@/lib/newsroom/desks';
import { getDatabase } from '@/lib/runtime/database';
import { findStaffProfile } from '@/lib/staff/find-profile';
import { staffIdSchema } from '@/lib/staff/schemas';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).editProfile };
}

/** An admin edits another staff member's reporter page: the same form as 내 계정's, for them. */
export default async function StaffProfilePage({ params }: { params: Params }) {
  const admin = await requireStaff('staff.manage');
  const id = staffIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDatabase();
  const [profile, desks] = await Promise.all([findStaffProfile(db, id.data), listDesks(db)]);
  if (!profile) notFound();
  const locale = admin.uiLocale;
  const t = getAdminMessages(locale);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/staff" className="hover:underline">
          {t.staffTitle}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t.editProfileTitle(localName(profile, locale))}</h1>
      <p className="mt-2 mb-6 text-sm text-muted">{t.editProfileLead}</p>
      <ProfileForm
        locale={locale}
        profile={profile}
        desks={desks.map((desk) => ({ id: desk.id, name: localName(desk, locale) }))}
        canChoosePortrait={can(admin.role, 'photo.upload')}
        staffId={id.data}
      />
    </>
  );
}
