import Link from 'next/link';
import { StatusNotice } from '@/components/site/StatusNotice';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';

/** What does not exist and what this account may not open look the same: the page confirms neither. */
export default async function AdminNotFound() {
  const t = await getAdminMessagesForRequest();
  return (
    <StatusNotice
      title={t.notFoundTitle}
      body={t.notFoundBody}
      action={
        <Link href="/admin" className="font-semibold text-accent hover:underline">
          {t.backToDashboard}
        </Link>
      }
    />
  );
}
