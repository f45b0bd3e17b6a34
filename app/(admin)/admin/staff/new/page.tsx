import type { Metadata } from 'next';
import { NewStaffForm } from '@/components/admin/staff/NewStaffForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { listDesks } from '@/lib/newsroom/desks';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).newStaff };
}

export default async function NewStaffPage() {
  const staff = await requireStaff('staff.manage');
  const t = getAdminMessages(staff.uiLocale);
  const desks = await listDesks(getDatabase());
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.newStaff}</h1>
      <NewStaffForm locale={staff.uiLocale} desks={desks.map((desk) => ({ id: desk.id, name: localName(desk, staff.uiLocale) }))} />
    </>
  );
}
